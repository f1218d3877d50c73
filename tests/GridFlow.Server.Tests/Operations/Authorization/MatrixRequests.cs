using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using GridFlow.Contracts.Accounts;
using GridFlow.Server.Tests.Assessments.Schemes;
using Microsoft.EntityFrameworkCore;

namespace GridFlow.Server.Tests.Operations.Authorization;

/// <summary>
/// For each row of the matrix (an operation of the OpenAPI document and the object it is tried on), the request that
/// tries it: well-formed and valid, so that the status is the authorisation's answer, not the validator's. Requests
/// that change something act on an object made for them, so that every role meets the same starting point.
/// </summary>
public static class MatrixRequests
{
    private const string Password = "GridFlow!2026";

    /// <summary>Grids made so far: each new one is drawn beside the last.</summary>
    private static int grids;

    /// <summary>Accounts made so far, for names of their own.</summary>
    private static int accounts;

    private delegate Task<HttpRequestMessage> Builder(MatrixFixture f, string role);

    private static readonly Dictionary<(string Operation, string Object), Builder> Builders = new()
    {
        // Accounts
        [("POST /api/auth/login", "-")] = (_, role) => Task.FromResult(Send(HttpMethod.Post, "/api/auth/login", new { userName = SignInAs(role), password = Password })),
        [("POST /api/auth/refresh", "-")] = async (f, role) =>
        {
            var token = await GridFlowApp.LoginAsync(f.App.CreateClient(), SignInAs(role), Password);
            return Send(HttpMethod.Post, "/api/auth/refresh", new { refreshToken = token.RefreshToken });
        },
        [("POST /api/auth/logout", "-")] = async (f, role) =>
        {
            // A session of its own: ending the cached client's session would sign it out of every later cell.
            var token = await GridFlowApp.LoginAsync(f.App.CreateClient(), SignInAs(role), Password);
            var request = Send(HttpMethod.Post, "/api/auth/logout", new { refreshToken = token.RefreshToken });
            if (role != AuthorizationMatrix.Anonymous)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
            }

            return request;
        },
        [("GET /api/me", "-")] = Get("/api/me"),

        [("GET /api/users", "-")] = Get("/api/users"),
        [("GET /api/users", "other")] = (f, _) => Task.FromResult(Get($"/api/users?regionId={f.Facts.OtherCountyId}", 0)),
        [("GET /api/users/{id}", "own")] = async (f, _) => Get($"/api/users/{await UserIdAsync(f, "township-officer")}", 0),
        [("GET /api/users/{id}", "other")] = async (f, _) => Get($"/api/users/{await UserIdAsync(f, TestAccounts.OtherCountyOfficer)}", 0),
        [("POST /api/users", "own")] = (f, _) => Task.FromResult(Send(HttpMethod.Post, "/api/users", NewOfficer(f.Facts.DemoTownshipId))),
        [("POST /api/users", "other")] = async (f, _) => Send(HttpMethod.Post, "/api/users", NewOfficer(await OtherTownshipAsync(f))),
        [("PUT /api/users/{id}", "own")] = async (f, _) => await SameAccountAsync(f, await FreshAccountAsync(f, f.Facts.DemoTownshipId)),
        [("PUT /api/users/{id}", "peer")] = async (f, _) => await SameAccountAsync(f, await FreshAccountAsync(f, f.Facts.DemoCountyId, Roles.CountySupervisor)),
        [("PUT /api/users/{id}", "other")] = async (f, _) => await SameAccountAsync(f, await FreshAccountAsync(f, await OtherTownshipAsync(f))),
        [("POST /api/users/{id}/password", "own")] = async (f, _) => Send(HttpMethod.Post, $"/api/users/{await FreshAccountAsync(f, f.Facts.DemoTownshipId)}/password", new { password = "Matrix!2026pw" }),
        [("POST /api/users/{id}/password", "other")] = async (f, _) => Send(HttpMethod.Post, $"/api/users/{await FreshAccountAsync(f, await OtherTownshipAsync(f))}/password", new { password = "Matrix!2026pw" }),
        [("POST /api/users/{id}/disable", "own")] = async (f, _) => Send(HttpMethod.Post, $"/api/users/{await FreshAccountAsync(f, f.Facts.DemoTownshipId)}/disable", null),
        [("POST /api/users/{id}/disable", "peer")] = async (f, _) => Send(HttpMethod.Post, $"/api/users/{await FreshAccountAsync(f, f.Facts.DemoCountyId, Roles.CountySupervisor)}/disable", null),
        [("POST /api/users/{id}/disable", "other")] = async (f, _) => Send(HttpMethod.Post, $"/api/users/{await FreshAccountAsync(f, await OtherTownshipAsync(f))}/disable", null),
        [("POST /api/users/{id}/enable", "own")] = async (f, _) => Send(HttpMethod.Post, $"/api/users/{await DisabledAccountAsync(f, f.Facts.DemoTownshipId)}/enable", null),
        [("POST /api/users/{id}/enable", "other")] = async (f, _) => Send(HttpMethod.Post, $"/api/users/{await DisabledAccountAsync(f, await OtherTownshipAsync(f))}/enable", null),

        // Regions, grids, inspectors
        [("GET /api/regions", "-")] = Get("/api/regions"),
        [("GET /api/grids", "-")] = Get("/api/grids"),
        [("GET /api/grids", "other")] = (f, _) => Task.FromResult(Get($"/api/grids?regionId={f.Facts.OtherCountyId}", 0)),
        [("GET /api/grids/locate", "own")] = (f, _) => Task.FromResult(Get(Locate(f.Own.Place), 0)),
        [("GET /api/grids/locate", "other")] = (f, _) => Task.FromResult(Get(Locate(f.Other.Place), 0)),
        [("GET /api/grids/{id}", "own")] = (f, _) => Task.FromResult(Get($"/api/grids/{f.Facts.InspectorGridId}", 0)),
        [("GET /api/grids/{id}", "township")] = (f, _) => Task.FromResult(Get($"/api/grids/{f.Facts.OtherGridSameTownshipId}", 0)),
        [("GET /api/grids/{id}", "county")] = (f, _) => Task.FromResult(Get($"/api/grids/{f.Facts.OtherTownshipSameCountyGridId}", 0)),
        [("GET /api/grids/{id}", "other")] = (f, _) => Task.FromResult(Get($"/api/grids/{f.Facts.OtherCountyGridId}", 0)),
        [("GET /api/grids/{id}/assignments", "own")] = (f, _) => Task.FromResult(Get($"/api/grids/{f.Facts.InspectorGridId}/assignments", 0)),
        [("GET /api/grids/{id}/assignments", "other")] = (f, _) => Task.FromResult(Get($"/api/grids/{f.Facts.OtherCountyGridId}/assignments", 0)),
        [("POST /api/grids", "-")] = (f, _) =>
        {
            var n = Interlocked.Increment(ref grids);
            return Task.FromResult(Send(HttpMethod.Post, "/api/grids", new
            {
                code = $"MATRIX-{n}", name = "矩阵网格 / matrix grid", regionId = f.EmptyTownshipId, boundary = Polygons.Rectangle(115 + (n * 0.02), 20, 115.01 + (n * 0.02), 20.01),
            }));
        },
        [("PUT /api/grids/{id}", "own")] = (f, _) => SameGridAsync(f, f.Facts.InspectorGridId),
        [("PUT /api/grids/{id}", "other")] = (f, _) => SameGridAsync(f, f.Facts.OtherCountyGridId),
        [("PUT /api/grids/{id}/inspector", "own")] = (f, _) => Task.FromResult(Send(HttpMethod.Put, $"/api/grids/{f.Facts.InspectorGridId}/inspector", new { inspectorId = f.Facts.InspectorId })),
        [("PUT /api/grids/{id}/inspector", "other")] = (f, _) => Task.FromResult(Send(HttpMethod.Put, $"/api/grids/{f.Facts.OtherCountyGridId}/inspector", new { inspectorId = f.Facts.OtherCountyInspectorId })),
        [("GET /api/inspectors", "-")] = Get("/api/inspectors"),
        [("GET /api/inspectors", "other")] = (f, _) => Task.FromResult(Get($"/api/inspectors?regionId={f.Facts.OtherCountyId}", 0)),
        [("GET /api/inspectors/{id}", "own")] = (f, _) => Task.FromResult(Get($"/api/inspectors/{f.Facts.InspectorId}", 0)),
        [("GET /api/inspectors/{id}", "other")] = (f, _) => Task.FromResult(Get($"/api/inspectors/{f.Facts.OtherCountyInspectorId}", 0)),
        [("POST /api/inspectors", "-")] = (f, _) => Task.FromResult(Send(HttpMethod.Post, "/api/inspectors", Inspector(f.Facts.DemoTownshipId))),
        [("PUT /api/inspectors/{id}", "own")] = (f, _) => SameInspectorAsync(f, f.Facts.InspectorId),
        [("PUT /api/inspectors/{id}", "other")] = (f, _) => SameInspectorAsync(f, f.Facts.OtherCountyInspectorId),

        // Attachments
        [("POST /api/attachments", "-")] = (_, _) => Task.FromResult(Upload()),
        [("GET /api/attachments/{id}", "own")] = (f, _) => Task.FromResult(Get($"/api/attachments/{f.Own.PhotoId}", 0)),
        [("GET /api/attachments/{id}", "other")] = (f, _) => Task.FromResult(Get($"/api/attachments/{f.Other.PhotoId}", 0)),

        // Issues, tasks, instances, escalations
        [("POST /api/issues", "own")] = (f, _) => Task.FromResult(Report(f.Own.Place)),
        [("POST /api/issues", "other")] = (f, _) => Task.FromResult(Report(f.Other.Place)),
        [("GET /api/issues", "-")] = Get("/api/issues"),
        [("GET /api/stats/summary", "-")] = Get("/api/stats/summary"),
        [("GET /api/stats/summary", "other")] = (f, _) => Task.FromResult(Get($"/api/stats/summary?regionId={f.Facts.OtherCountyId}", 0)),
        [("GET /api/stats/by-category", "-")] = Get("/api/stats/by-category"),
        [("GET /api/stats/by-category", "other")] = (f, _) => Task.FromResult(Get($"/api/stats/by-category?regionId={f.Facts.OtherCountyId}", 0)),
        [("GET /api/stats/by-region", "-")] = Get("/api/stats/by-region"),
        [("GET /api/stats/by-region", "other")] = (f, _) => Task.FromResult(Get($"/api/stats/by-region?regionId={f.Facts.OtherCountyId}", 0)),
        [("GET /api/stats/trend", "-")] = Get("/api/stats/trend"),
        [("GET /api/stats/trend", "other")] = (f, _) => Task.FromResult(Get($"/api/stats/trend?regionId={f.Facts.OtherCountyId}", 0)),
        [("GET /api/stats/grids", "-")] = Get("/api/stats/grids"),
        [("GET /api/stats/grids", "other")] = (f, _) => Task.FromResult(Get($"/api/stats/grids?regionId={f.Facts.OtherCountyId}", 0)),
        [("GET /api/stats/points", "-")] = Get("/api/stats/points"),
        [("GET /api/stats/points", "other")] = (f, _) => Task.FromResult(Get($"/api/stats/points?regionId={f.Facts.OtherCountyId}", 0)),
        [("GET /api/regions/{id}/map", "own")] = (f, _) => Task.FromResult(Get($"/api/regions/{f.Facts.DemoTownshipId}/map", 0)),
        [("GET /api/regions/{id}/map", "other")] = (f, _) => Task.FromResult(Get($"/api/regions/{f.Facts.OtherCountyId}/map", 0)),
        [("GET /api/issues/{id}", "own")] = (f, _) => Task.FromResult(Get($"/api/issues/{f.Own.IssueId}", 0)),
        [("GET /api/issues/{id}", "other")] = (f, _) => Task.FromResult(Get($"/api/issues/{f.Other.IssueId}", 0)),
        [("GET /api/tasks", "-")] = Get("/api/tasks"),
        [("GET /api/tasks", "mine")] = Get("/api/tasks?assignedTo=me"),
        [("GET /api/tasks/{id}", "own")] = (f, _) => Task.FromResult(Get($"/api/tasks/{f.Own.TaskId}", 0)),
        [("GET /api/tasks/{id}", "other")] = (f, _) => Task.FromResult(Get($"/api/tasks/{f.Other.TaskId}", 0)),
        [("POST /api/tasks/{id}/complete", "own")] = (f, _) => CompleteFreshAsync(f, f.Own.Place),
        [("POST /api/tasks/{id}/complete", "other")] = (f, _) => CompleteFreshAsync(f, f.Other.Place),
        [("GET /api/workflow-instances/{id}", "own")] = (f, _) => Task.FromResult(Get($"/api/workflow-instances/{f.Own.InstanceId}", 0)),
        [("GET /api/workflow-instances/{id}", "other")] = (f, _) => Task.FromResult(Get($"/api/workflow-instances/{f.Other.InstanceId}", 0)),
        [("POST /api/workflow-instances/migrate", "-")] = (_, _) => Task.FromResult(Send(HttpMethod.Post, "/api/workflow-instances/migrate",
            new { definitionId = MatrixFixture.MigratedDefinition, fromVersion = 1, toVersion = 2 })),
        // The instances have no incident: "not found" is the answer for those who may retry, before it "forbidden".
        [("POST /api/workflow-instances/{id}/incidents/{incidentId}/retry", "own")] = (f, _) =>
            Task.FromResult(Send(HttpMethod.Post, $"/api/workflow-instances/{f.Own.InstanceId}/incidents/{Guid.NewGuid()}/retry", null)),
        [("POST /api/workflow-instances/{id}/incidents/{incidentId}/retry", "other")] = (f, _) =>
            Task.FromResult(Send(HttpMethod.Post, $"/api/workflow-instances/{f.Other.InstanceId}/incidents/{Guid.NewGuid()}/retry", null)),
        [("GET /api/escalations", "-")] = Get("/api/escalations"),
        [("POST /api/escalations/{id}/actions", "own")] = (f, _) => Task.FromResult(Urge(f.Own.EscalationId)),
        [("POST /api/escalations/{id}/actions", "other")] = (f, _) => Task.FromResult(Urge(f.Other.EscalationId)),
        [("GET /api/escalations/{id}/assignees", "own")] = (f, _) => Task.FromResult(Send(HttpMethod.Get, $"/api/escalations/{f.Own.EscalationId}/assignees", null)),
        [("GET /api/escalations/{id}/assignees", "other")] = (f, _) => Task.FromResult(Send(HttpMethod.Get, $"/api/escalations/{f.Other.EscalationId}/assignees", null)),

        // Workflow definitions, categories, calendar
        [("GET /api/workflow-definitions", "-")] = Get("/api/workflow-definitions"),
        [("GET /api/workflow-definitions/{definitionId}", "-")] = Get("/api/workflow-definitions/issue-lifecycle"),
        [("GET /api/workflow-definitions/{definitionId}/versions", "-")] = Get("/api/workflow-definitions/issue-lifecycle/versions"),
        [("POST /api/workflow-definitions/validate", "-")] = (_, _) => Task.FromResult(Send(HttpMethod.Post, "/api/workflow-definitions/validate", Definitions.WithDecision("matrix-validate", "true"))),
        [("PUT /api/workflow-definitions/{definitionId}/draft", "-")] = (_, _) => Task.FromResult(Send(HttpMethod.Put, "/api/workflow-definitions/matrix-draft/draft", Definitions.WithDecision("matrix-draft", "true"))),
        [("POST /api/workflow-definitions/{definitionId}/publish", "-")] = async (f, _) =>
        {
            var id = $"matrix-publish-{Guid.NewGuid():N}"[..30];
            var saved = await (await f.App.ClientForAsync("designer")).PutAsJsonAsync($"/api/workflow-definitions/{id}/draft", Definitions.WithDecision(id, "true"));
            Assert.True(saved.IsSuccessStatusCode);
            return Send(HttpMethod.Post, $"/api/workflow-definitions/{id}/publish", null);
        },
        [("POST /api/workflow-definitions/{definitionId}/versions/{version}/retract", "-")] = async (f, _) =>
        {
            var id = $"matrix-retract-{Guid.NewGuid():N}"[..30];
            var designer = new Designer(f.App);
            var first = await designer.PublishAsync(Definitions.WithDecision(id, "true"));
            await designer.PublishAsync(Definitions.WithDecision(id, "false"));
            return Send(HttpMethod.Post, $"/api/workflow-definitions/{id}/versions/{first}/retract", null);
        },
        [("GET /api/issue-categories", "-")] = Get("/api/issue-categories"),
        [("PUT /api/issue-categories/{code}", "-")] = (_, _) => Task.FromResult(Send(HttpMethod.Put, "/api/issue-categories/matrix-category", new { name = "矩阵 / matrix", workflowDefinitionId = "issue-lifecycle" })),
        [("GET /api/calendar/working-days/add", "-")] = Get("/api/calendar/working-days/add?from=2026-03-02T09:00:00%2B08:00&days=3"),
        [("GET /api/calendar/non-working-days", "-")] = Get("/api/calendar/non-working-days"),
        [("PUT /api/calendar/non-working-days/{date}", "-")] = (_, _) => Task.FromResult(Send(HttpMethod.Put, "/api/calendar/non-working-days/2035-05-06", new { reason = "矩阵 / matrix" })),
        [("DELETE /api/calendar/non-working-days/{date}", "-")] = (f, _) => LocalDayToDeleteAsync(f, "non-working-days", "2035-06-07"),
        [("GET /api/calendar/make-up-workdays", "-")] = Get("/api/calendar/make-up-workdays"),
        [("PUT /api/calendar/make-up-workdays/{date}", "-")] = (_, _) => Task.FromResult(Send(HttpMethod.Put, "/api/calendar/make-up-workdays/2035-05-05", new { reason = "矩阵 / matrix" })),
        [("DELETE /api/calendar/make-up-workdays/{date}", "-")] = (f, _) => LocalDayToDeleteAsync(f, "make-up-workdays", "2035-06-09"),

        // Assessment: patrols. "own" is the demo inspector's grid and patrol, "other" the other county's inspector's.
        [("POST /api/patrols", "own")] = (f, _) => Task.FromResult(Send(HttpMethod.Post, "/api/patrols", new { gridId = f.Facts.InspectorGridId, startedAt = DateTimeOffset.UtcNow.AddMinutes(-10) })),
        [("POST /api/patrols", "other")] = (f, _) => Task.FromResult(Send(HttpMethod.Post, "/api/patrols", new { gridId = f.Facts.OtherCountyGridId, startedAt = DateTimeOffset.UtcNow.AddMinutes(-10) })),
        [("POST /api/patrols/{id}/points", "own")] = async (f, _) => PatrolPoints(await PatrolAsync(f, "inspector", f.Facts.InspectorGridId)),
        [("POST /api/patrols/{id}/points", "other")] = async (f, _) => PatrolPoints(await PatrolAsync(f, TestAccounts.OtherCountyInspector, f.Facts.OtherCountyGridId)),
        [("POST /api/patrols/{id}/finish", "own")] = async (f, _) => FinishPatrol(await PatrolAsync(f, "inspector", f.Facts.InspectorGridId)),
        [("POST /api/patrols/{id}/finish", "other")] = async (f, _) => FinishPatrol(await PatrolAsync(f, TestAccounts.OtherCountyInspector, f.Facts.OtherCountyGridId)),
        [("GET /api/patrols", "-")] = Get("/api/patrols"),
        [("GET /api/patrols/{id}", "own")] = async (f, _) => Get($"/api/patrols/{await PatrolAsync(f, "inspector", f.Facts.InspectorGridId)}", 0),
        [("GET /api/patrols/{id}", "other")] = async (f, _) => Get($"/api/patrols/{await PatrolAsync(f, TestAccounts.OtherCountyInspector, f.Facts.OtherCountyGridId)}", 0),

        // Assessment: schemes. "own" a scheme of the demo county, "other" one for the whole deployment.
        [("GET /api/assessment-schemes", "-")] = Get("/api/assessment-schemes"),
        [("GET /api/assessment-schemes/{schemeId}", "-")] = Get("/api/assessment-schemes/inspector-monthly"),
        [("POST /api/assessment-schemes/validate", "-")] = (_, _) => Task.FromResult(Send(HttpMethod.Post, "/api/assessment-schemes/validate", Scheme("matrix-validate", null))),
        [("PUT /api/assessment-schemes/{schemeId}/draft", "own")] = (f, _) => Task.FromResult(Draft(Scheme(NewSchemeId(), f.Facts.DemoCountyId))),
        [("PUT /api/assessment-schemes/{schemeId}/draft", "other")] = (_, _) => Task.FromResult(Draft(Scheme(NewSchemeId(), null))),
        [("POST /api/assessment-schemes/{schemeId}/publish", "own")] = (f, _) => SchemeToPublishAsync(f, Scheme(NewSchemeId(), f.Facts.DemoCountyId)),
        [("POST /api/assessment-schemes/{schemeId}/publish", "other")] = (f, _) => SchemeToPublishAsync(f, Scheme(NewSchemeId(), null)),

        // Assessment: trainings and archives. "own" is a training of the demo county and the demo inspector, "other" another county's.
        [("POST /api/trainings", "own")] = (f, _) => Task.FromResult(Send(HttpMethod.Post, "/api/trainings", NewTraining(f.Facts.DemoCountyId))),
        [("POST /api/trainings", "other")] = (f, _) => Task.FromResult(Send(HttpMethod.Post, "/api/trainings", NewTraining(f.Facts.OtherCountyId))),
        [("PUT /api/trainings/{id}/attendance", "own")] = async (f, _) => Attendance(await TrainingAsync(f, f.Facts.DemoCountyId), f.Facts.InspectorId),
        [("PUT /api/trainings/{id}/attendance", "other")] = async (f, _) => Attendance(await TrainingAsync(f, f.Facts.OtherCountyId), null),
        [("GET /api/trainings", "-")] = Get("/api/trainings"),
        [("GET /api/trainings", "other")] = (f, _) => Task.FromResult(Get($"/api/trainings?regionId={f.Facts.OtherCountyId}", 0)),
        [("GET /api/trainings/{id}", "own")] = async (f, _) => Get($"/api/trainings/{await TrainingAsync(f, f.Facts.DemoCountyId)}", 0),
        [("GET /api/trainings/{id}", "other")] = async (f, _) => Get($"/api/trainings/{await TrainingAsync(f, f.Facts.OtherCountyId)}", 0),

        // Assessment runs and adjustments. "own" a run of the demo county and the demo inspector's result in it, "other" another county's and its inspector's.
        [("POST /api/assessment-runs", "own")] = (f, _) => Task.FromResult(Send(HttpMethod.Post, "/api/assessment-runs", NewRun(f.Facts.DemoCountyId))),
        [("POST /api/assessment-runs", "other")] = (f, _) => Task.FromResult(Send(HttpMethod.Post, "/api/assessment-runs", NewRun(f.Facts.OtherCountyId))),
        [("GET /api/assessment-runs", "-")] = Get("/api/assessment-runs"),
        [("GET /api/assessment-runs/{id}", "own")] = async (f, _) => Get($"/api/assessment-runs/{await DoneRunAsync(f, f.Facts.DemoCountyId)}", 0),
        [("GET /api/assessment-runs/{id}", "other")] = async (f, _) => Get($"/api/assessment-runs/{await DoneRunAsync(f, f.Facts.OtherCountyId)}", 0),
        [("GET /api/assessment-runs/{id}/results", "own")] = async (f, _) => Get($"/api/assessment-runs/{await DoneRunAsync(f, f.Facts.DemoCountyId)}/results", 0),
        [("GET /api/assessment-runs/{id}/results", "other")] = async (f, _) => Get($"/api/assessment-runs/{await DoneRunAsync(f, f.Facts.OtherCountyId)}/results", 0),
        // Comparing two runs of the same county (the matrix's two done runs of it), scoped as their results are.
        [("GET /api/assessment-runs/{id}/compare/{otherId}", "own")] = async (f, _) =>
            Get($"/api/assessment-runs/{await DoneRunAsync(f, f.Facts.DemoCountyId)}/compare/{await RunAsync(f, f.Facts.DemoCountyId)}?sort=difference", 0),
        [("GET /api/assessment-runs/{id}/compare/{otherId}", "other")] = async (f, _) =>
            Get($"/api/assessment-runs/{await DoneRunAsync(f, f.Facts.OtherCountyId)}/compare/{await RunAsync(f, f.Facts.OtherCountyId)}", 0),
        [("GET /api/assessment-runs/{id}/grids", "own")] = async (f, _) => Get($"/api/assessment-runs/{await DoneRunAsync(f, f.Facts.DemoCountyId)}/grids", 0),
        [("GET /api/assessment-runs/{id}/grids", "other")] = async (f, _) => Get($"/api/assessment-runs/{await DoneRunAsync(f, f.Facts.OtherCountyId)}/grids", 0),
        [("GET /api/assessment-runs/{id}/results/{inspectorId}", "own")] = async (f, _) =>
            Get($"/api/assessment-runs/{await DoneRunAsync(f, f.Facts.DemoCountyId)}/results/{f.Facts.InspectorId}", 0),
        [("GET /api/assessment-runs/{id}/results/{inspectorId}", "other")] = async (f, _) =>
            Get($"/api/assessment-runs/{await DoneRunAsync(f, f.Facts.OtherCountyId)}/results/{f.Facts.OtherCountyInspectorId}", 0),
        // Assessment: appeals. "own" the demo inspector's result in the demo county's run (only that inspector files: 201; those
        // who see it 403), "other" the other county's inspector's; an appeal to read is written for the matrix (its row only).
        [("POST /api/assessment-runs/{id}/results/{inspectorId}/appeals", "own")] = async (f, _) =>
        {
            var run = await DoneRunAsync(f, f.Facts.DemoCountyId);
            return Send(HttpMethod.Post, $"/api/assessment-runs/{run}/results/{f.Facts.InspectorId}/appeals", new { itemId = await CostlyItemAsync(f, run, f.Facts.InspectorId), reason = "矩阵申诉 / matrix appeal" });
        },
        [("POST /api/assessment-runs/{id}/results/{inspectorId}/appeals", "other")] = async (f, _) =>
            Send(HttpMethod.Post, $"/api/assessment-runs/{await DoneRunAsync(f, f.Facts.OtherCountyId)}/results/{f.Facts.OtherCountyInspectorId}/appeals", new { itemId = "missed-patrol", reason = "矩阵申诉 / matrix appeal" }),
        [("GET /api/assessment-appeals", "-")] = Get("/api/assessment-appeals"),
        [("GET /api/assessment-appeals/{id}", "own")] = async (f, _) => Get($"/api/assessment-appeals/{await AppealAsync(f, f.Facts.DemoCountyId, f.Facts.InspectorId)}", 0),
        [("GET /api/assessment-appeals/{id}", "other")] = async (f, _) => Get($"/api/assessment-appeals/{await AppealAsync(f, f.Facts.OtherCountyId, f.Facts.OtherCountyInspectorId)}", 0),
        [("POST /api/assessment-adjustments", "own")] = (f, _) => Task.FromResult(Send(HttpMethod.Post, "/api/assessment-adjustments", NewAdjustment(f.Facts.InspectorId))),
        [("POST /api/assessment-adjustments", "other")] = (f, _) => Task.FromResult(Send(HttpMethod.Post, "/api/assessment-adjustments", NewAdjustment(f.Facts.OtherCountyInspectorId))),
        [("GET /api/assessment-adjustments", "own")] = (f, _) => Task.FromResult(Get($"/api/assessment-adjustments?inspectorId={f.Facts.InspectorId}", 0)),
        [("GET /api/assessment-adjustments", "other")] = (f, _) => Task.FromResult(Get($"/api/assessment-adjustments?inspectorId={f.Facts.OtherCountyInspectorId}", 0)),
        [("GET /api/inspectors/{id}/archives", "own")] = (f, _) => Task.FromResult(Get($"/api/inspectors/{f.Facts.InspectorId}/archives", 0)),
        [("GET /api/inspectors/{id}/archives", "other")] = (f, _) => Task.FromResult(Get($"/api/inspectors/{f.Facts.OtherCountyInspectorId}/archives", 0)),

        // Assessment: cross-checks. "own" checks the demo inspector's grid (checker: the other county's inspector), "other" the other
        // county's grid (checker: the demo inspector, who is not responsible for it).
        [("POST /api/cross-checks", "own")] = async (f, _) => Send(HttpMethod.Post, "/api/cross-checks", await CrossCheckBodyAsync(f, f.Facts.InspectorGridId, TestAccounts.OtherCountyInspector)),
        [("POST /api/cross-checks", "other")] = async (f, _) => Send(HttpMethod.Post, "/api/cross-checks", await CrossCheckBodyAsync(f, f.Facts.OtherCountyGridId, "inspector")),
        [("GET /api/cross-checks", "-")] = Get("/api/cross-checks"),
        [("GET /api/cross-checks", "other")] = (f, _) => Task.FromResult(Get($"/api/cross-checks?regionId={f.Facts.OtherCountyId}", 0)),
        [("GET /api/cross-checks/checkers", "own")] = (f, _) => Task.FromResult(Get($"/api/cross-checks/checkers?gridId={f.Facts.InspectorGridId}", 0)),
        [("GET /api/cross-checks/checkers", "other")] = (f, _) => Task.FromResult(Get($"/api/cross-checks/checkers?gridId={f.Facts.OtherCountyGridId}", 0)),
        [("GET /api/cross-checks/{id}", "own")] = async (f, _) => Get($"/api/cross-checks/{await CrossCheckAsync(f, f.Facts.InspectorGridId, TestAccounts.OtherCountyInspector)}", 0),
        [("GET /api/cross-checks/{id}", "other")] = async (f, _) => Get($"/api/cross-checks/{await CrossCheckAsync(f, f.Facts.OtherCountyGridId, "inspector")}", 0),
        // Assessment: a run's regional views. "own" a done run of the demo county, "other" one of another county; an
        // inspector sees only their own result, so 403 on a run they see. Confirming a dismissal: "own" an inspector of
        // the demo township, "other" one of another county, each made for the request and failing a run of a scheme
        // everyone fails (dismissal after one month), so each role meets one on the list.
        [("GET /api/assessment-runs/{id}/rankings", "own")] = async (f, _) => Get($"/api/assessment-runs/{await RunAsync(f, f.Facts.DemoCountyId)}/rankings?level=county", 0),
        [("GET /api/assessment-runs/{id}/rankings", "other")] = async (f, _) => Get($"/api/assessment-runs/{await RunAsync(f, f.Facts.OtherCountyId)}/rankings?level=township", 0),
        [("GET /api/assessment-runs/{id}/dismissal-list", "own")] = async (f, _) => Get($"/api/assessment-runs/{await RunAsync(f, f.Facts.DemoCountyId)}/dismissal-list", 0),
        [("GET /api/assessment-runs/{id}/dismissal-list", "other")] = async (f, _) => Get($"/api/assessment-runs/{await RunAsync(f, f.Facts.OtherCountyId)}/dismissal-list", 0),
        [("GET /api/assessment-runs/{id}/export.xlsx", "own")] = async (f, _) => Get($"/api/assessment-runs/{await RunAsync(f, f.Facts.DemoCountyId)}/export.xlsx", 0),
        [("GET /api/assessment-runs/{id}/export.xlsx", "other")] = async (f, _) => Get($"/api/assessment-runs/{await RunAsync(f, f.Facts.OtherCountyId)}/export.xlsx", 0),
        [("GET /api/assessment-runs/{id}/bulletin", "own")] = async (f, _) => Get($"/api/assessment-runs/{await RunAsync(f, f.Facts.DemoCountyId)}/bulletin", 0),
        [("GET /api/assessment-runs/{id}/bulletin", "other")] = async (f, _) => Get($"/api/assessment-runs/{await RunAsync(f, f.Facts.OtherCountyId)}/bulletin", 0),
        [("GET /api/assessment-runs/{id}/region-figures", "own")] = async (f, _) => Get($"/api/assessment-runs/{await RunAsync(f, f.Facts.DemoCountyId)}/region-figures?level=township", 0),
        [("GET /api/assessment-runs/{id}/region-figures", "other")] = async (f, _) => Get($"/api/assessment-runs/{await RunAsync(f, f.Facts.OtherCountyId)}/region-figures?level=county", 0),
        [("POST /api/inspectors/{id}/dismissal", "own")] = (f, _) => DismissalAsync(f, f.Facts.DemoTownshipId, f.Facts.DemoCountyId),
        [("POST /api/inspectors/{id}/dismissal", "other")] = async (f, _) => await DismissalAsync(f, await OtherTownshipAsync(f), null),

        // Assessment: pollution sources. "own" a source of the demo inspector's grid, "other" one of the other county's inspector's.
        [("GET /api/pollution-sources", "-")] = Get("/api/pollution-sources"),
        [("GET /api/pollution-sources/{id}", "own")] = async (f, _) => Get($"/api/pollution-sources/{await SourceAsync(f, f.Facts.InspectorGridId)}", 0),
        [("GET /api/pollution-sources/{id}", "other")] = async (f, _) => Get($"/api/pollution-sources/{await SourceAsync(f, f.Facts.OtherCountyGridId)}", 0),
        [("POST /api/pollution-sources", "own")] = async (f, _) => Send(HttpMethod.Post, "/api/pollution-sources", await SourceBodyAsync(f, f.Facts.InspectorGridId)),
        [("POST /api/pollution-sources", "other")] = async (f, _) => Send(HttpMethod.Post, "/api/pollution-sources", await SourceBodyAsync(f, f.Facts.OtherCountyGridId)),
        [("PUT /api/pollution-sources/{id}", "own")] = async (f, _) => Send(HttpMethod.Put, $"/api/pollution-sources/{await SourceAsync(f, f.Facts.InspectorGridId)}", await SourceBodyAsync(f, f.Facts.InspectorGridId)),
        [("PUT /api/pollution-sources/{id}", "other")] = async (f, _) => Send(HttpMethod.Put, $"/api/pollution-sources/{await SourceAsync(f, f.Facts.OtherCountyGridId)}", await SourceBodyAsync(f, f.Facts.OtherCountyGridId)),
        [("POST /api/pollution-sources/{id}/check-ins", "own")] = (f, role) => CheckInAsync(f, role, f.Facts.InspectorGridId),
        [("POST /api/pollution-sources/{id}/check-ins", "other")] = (f, role) => CheckInAsync(f, role, f.Facts.OtherCountyGridId),

        // Notifications
        [("GET /api/notifications", "-")] = Get("/api/notifications?mine=true"),
        [("POST /api/notifications/{id}/read", "officer's")] = (f, _) => Task.FromResult(Send(HttpMethod.Post, $"/api/notifications/{f.OfficerNotificationId}/read", null)),
        [("POST /api/notifications/read-all", "-")] = (_, _) => Task.FromResult(Send(HttpMethod.Post, "/api/notifications/read-all", null)),
        [("GET /api/notification-preferences", "-")] = Get("/api/notification-preferences"),
        [("PUT /api/notification-preferences/{kind}", "-")] = (_, _) => Task.FromResult(Send(HttpMethod.Put, "/api/notification-preferences/task-assigned", new { email = true })),
        [("GET /api/notification-templates", "-")] = Get("/api/notification-templates"),
        [("PUT /api/notification-templates/{name}/{culture}", "-")] = (_, _) => Task.FromResult(Send(HttpMethod.Put, "/api/notification-templates/issue-closed/en", new { subject = "Closed: {{ issue.code }}", body = "{{ issue.description }}" })),
        [("POST /api/notification-templates/{name}/{culture}/preview", "-")] = (_, _) => Task.FromResult(Send(HttpMethod.Post, "/api/notification-templates/issue-closed/zh-CN/preview", new { subject = "办结：{{ issue.code }}", body = "{{ issue.description }}" })),
        [("DELETE /api/notification-templates/{name}/{culture}", "-")] = async (f, _) =>
        {
            var saved = await (await f.App.ClientForAsync("designer")).PutAsJsonAsync("/api/notification-templates/issue-reopened/en", new { subject = "Reopened", body = "." });
            Assert.True(saved.IsSuccessStatusCode);
            return Send(HttpMethod.Delete, "/api/notification-templates/issue-reopened/en", null);
        },
        [("GET /api/emails", "-")] = Get("/api/emails"),
    };

    public static bool Has(string operation, string scope) => Builders.ContainsKey((operation, scope));

    public static Task<HttpRequestMessage> BuildAsync(MatrixFixture fixture, string operation, string scope, string role) =>
        Builders.TryGetValue((operation, scope), out var build)
            ? build(fixture, role)
            : throw new InvalidOperationException($"The matrix has a row '{operation}' on '{scope}' but MatrixRequests cannot build it: add a builder.");

    /// <summary>Whom a role signs in as; the anonymous caller signs in as the inspector.</summary>
    private static string SignInAs(string role) => role == AuthorizationMatrix.Anonymous ? "inspector" : role;

    private static Builder Get(string url) => (_, _) => Task.FromResult(Get(url, 0));

    private static HttpRequestMessage Get(string url, int _) => new(HttpMethod.Get, url);

    private static HttpRequestMessage Send(HttpMethod method, string url, object? body) =>
        new(method, url) { Content = body is null ? null : JsonContent.Create(body) };

    private static string Locate((double Lat, double Lon) at) =>
        string.Create(CultureInfo.InvariantCulture, $"/api/grids/locate?lat={at.Lat}&lon={at.Lon}");

    private static HttpRequestMessage Report((double Lat, double Lon) at) =>
        Send(HttpMethod.Post, "/api/issues", new { category = "dust", description = "矩阵 / matrix", lat = at.Lat, lon = at.Lon });

    private static HttpRequestMessage Urge(Guid escalationId) =>
        Send(HttpMethod.Post, $"/api/escalations/{escalationId}/actions", new { action = "urge", comment = "请尽快 / please hurry" });

    private static object Inspector(Guid regionId) => new { name = "矩阵员", status = "active", hireDate = "2024-01-01", regionId, phone = "13800000000" };

    private static object NewOfficer(Guid regionId)
    {
        var n = Interlocked.Increment(ref accounts);
        return new { userName = $"matrix-user-{n}", displayName = "矩阵办事员 / matrix officer", password = Password, roles = new[] { Roles.TownshipOfficer }, regionId };
    }

    private static async Task<string> UserIdAsync(MatrixFixture f, string userName)
    {
        await using var db = TestDatabases.OpenContext(f.App.ConnectionString);
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    /// <summary>The township of the other county's grid (where <see cref="TestAccounts.OtherCountyOfficer"/> works).</summary>
    private static async Task<Guid> OtherTownshipAsync(MatrixFixture f)
    {
        await using var db = TestDatabases.OpenContext(f.App.ConnectionString);
        return await db.Grids.Where(g => g.Id == f.Facts.OtherCountyGridId).Select(g => g.RegionId).SingleAsync();
    }

    /// <summary>A new account made by an admin for one request: each role meets the same starting point.</summary>
    private static async Task<string> FreshAccountAsync(MatrixFixture f, Guid regionId, string role = Roles.TownshipOfficer)
    {
        var n = Interlocked.Increment(ref accounts);
        var created = await (await f.App.ClientForAsync("admin")).PostAsJsonAsync("/api/users", new
        {
            userName = $"matrix-user-{n}", displayName = "矩阵账号 / matrix account", password = Password, roles = new[] { role }, regionId,
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    private static async Task<string> DisabledAccountAsync(MatrixFixture f, Guid regionId)
    {
        var id = await FreshAccountAsync(f, regionId);
        var disabled = await (await f.App.ClientForAsync("admin")).PostAsync($"/api/users/{id}/disable", null);
        Assert.Equal(HttpStatusCode.NoContent, disabled.StatusCode);
        return id;
    }

    /// <summary>The account's own values back: a change that changes nothing.</summary>
    private static async Task<HttpRequestMessage> SameAccountAsync(MatrixFixture f, string userId)
    {
        var user = await (await f.App.ClientForAsync("admin")).GetFromJsonAsync<JsonObject>($"/api/users/{userId}");
        return Send(HttpMethod.Put, $"/api/users/{userId}", new
        {
            displayName = (string?)user!["displayName"], roles = user["roles"], regionId = (string?)user["regionId"],
        });
    }

    private static HttpRequestMessage Upload()
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(TestImages.Png);
        file.Headers.ContentType = new("image/png");
        form.Add(file, "file", "matrix.png");
        return new HttpRequestMessage(HttpMethod.Post, "/api/attachments") { Content = form };
    }

    /// <summary>Done runs of the shipped scheme for last month, one per region and host, made once.</summary>
    private static readonly ConcurrentDictionary<(MatrixFixture, Guid), Lazy<Task<string>>> Runs = new();

    private static Task<string> RunAsync(MatrixFixture f, Guid regionId) =>
        Runs.GetOrAdd((f, regionId), key => new Lazy<Task<string>>(() => StartRunAsync(key.Item1, "inspector-monthly", key.Item2))).Value;

    private static async Task<string> StartRunAsync(MatrixFixture f, string schemeId, Guid regionId)
    {
        var admin = await f.App.ClientForAsync("admin");
        var month = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)) is var today ? new DateOnly(today.Year, today.Month, 1).AddMonths(-1) : default;
        var started = await admin.PostAsJsonAsync("/api/assessment-runs", new { schemeId, from = month, to = month.AddMonths(1).AddDays(-1), regionId });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        for (var deadline = DateTime.UtcNow.AddSeconds(90); ; await Task.Delay(200))
        {
            var status = (await admin.GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{id}")).GetProperty("status").GetString();
            if (status is "done" or "failed" || DateTime.UtcNow > deadline)
            {
                Assert.Equal("done", status);
                return id;
            }
        }
    }

    /// <summary>
    /// A scheme that everyone fails (base 50, deductions only) with dismissal after one failing month, published once per
    /// host: the demo county's own (a deployment-wide scheme leaves out the counties that publish their own, as the
    /// matrix's scheme rows make the demo county do), or, for the other county, a deployment-wide one (a scheme of its own
    /// would leave it out of the other runs of the shipped scheme).
    /// </summary>
    private static readonly ConcurrentDictionary<(MatrixFixture, Guid?), Lazy<Task<string>>> FailingSchemes = new();

    private static Task<string> FailingSchemeAsync(MatrixFixture f, Guid? countyId) => FailingSchemes.GetOrAdd((f, countyId), key => new Lazy<Task<string>>(async () =>
    {
        var schemeId = key.Item2 is { } county ? $"matrix-failing-{county:N}" : "matrix-failing";
        var scheme = Scheme(schemeId, key.Item2);
        scheme["base"] = 50;
        scheme["items"] = new JsonArray(scheme["items"]!.AsArray().Where(i => (string?)i!["kind"] == "missedPatrol").Select(i => i!.DeepClone()).ToArray());
        scheme["dismissal"] = new JsonObject { ["consecutiveFailing"] = 1 };
        using var publish = await SchemeToPublishAsync(key.Item1, scheme);
        using var published = await (await key.Item1.App.ClientForAsync("admin")).SendAsync(publish);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        return schemeId;
    })).Value;

    /// <summary>A new inspector of <paramref name="townshipId"/> on the dismissal list of a run made for them, and the confirmation of it.</summary>
    private static async Task<HttpRequestMessage> DismissalAsync(MatrixFixture f, Guid townshipId, Guid? countyId)
    {
        var admin = await f.App.ClientForAsync("admin");
        var created = await admin.PostAsJsonAsync("/api/inspectors", Inspector(townshipId));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var inspectorId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var runId = await StartRunAsync(f, await FailingSchemeAsync(f, countyId), townshipId);
        return Send(HttpMethod.Post, $"/api/inspectors/{inspectorId}/dismissal", new { runId, reason = "矩阵测试：连续不合格" });
    }

    /// <summary>Schemes made so far: each request gets one of its own.</summary>
    private static int schemes;

    private static string NewSchemeId() => $"matrix-{Interlocked.Increment(ref schemes)}";

    /// <summary>The shipped monthly scheme under another id, for a county or for the whole deployment.</summary>
    private static JsonObject Scheme(string schemeId, Guid? regionId)
    {
        var scheme = ShippedScheme.Load();
        scheme["schemeId"] = schemeId;
        scheme["regionId"] = regionId?.ToString();
        return scheme;
    }

    private static HttpRequestMessage Draft(JsonObject scheme) =>
        Send(HttpMethod.Put, $"/api/assessment-schemes/{(string?)scheme["schemeId"]}/draft", scheme);

    /// <summary>A draft saved by the admin, for the caller to publish.</summary>
    private static async Task<HttpRequestMessage> SchemeToPublishAsync(MatrixFixture f, JsonObject scheme)
    {
        using var saved = await (await f.App.ClientForAsync("admin")).SendAsync(Draft(scheme));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        return Send(HttpMethod.Post, $"/api/assessment-schemes/{(string?)scheme["schemeId"]}/publish", null);
    }

    /// <summary>A new recording patrol of the inspector's grid, so that every role meets one that has not finished.</summary>
    private static async Task<string> PatrolAsync(MatrixFixture f, string inspector, Guid gridId)
    {
        var response = await (await f.App.ClientForAsync(inspector)).PostAsJsonAsync("/api/patrols", new { gridId, startedAt = DateTimeOffset.UtcNow.AddMinutes(-10) });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    private static HttpRequestMessage PatrolPoints(string patrolId) =>
        Send(HttpMethod.Post, $"/api/patrols/{patrolId}/points", new { points = new[] { new { lat = 36.45, lon = 115.98, at = DateTimeOffset.UtcNow.AddMinutes(-5) } } });

    private static HttpRequestMessage FinishPatrol(string patrolId) =>
        Send(HttpMethod.Post, $"/api/patrols/{patrolId}/finish", new { endedAt = DateTimeOffset.UtcNow });

    private static object NewRun(Guid regionId) =>
        new { schemeId = "inspector-monthly", from = DateTimeOffset.UtcNow.AddDays(-40).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), to = DateTimeOffset.UtcNow.AddDays(-10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), regionId };

    private static object NewAdjustment(Guid inspectorId) => new { inspectorId, at = DateTimeOffset.UtcNow.AddHours(-1), points = 1.5, reason = "矩阵表扬 / matrix commendation" };

    /// <summary>One finished run per county for the whole matrix (a run scores a county's inspectors: once is enough to read it).</summary>
    private static readonly Dictionary<(string Database, Guid County), Task<string>> DoneRuns = [];

    /// <summary>
    /// Makes the two runs before any cell runs: a county scheme published by a scheme row would otherwise leave the demo
    /// county out of a later run of the deployment-wide scheme (a county with its own scheme is assessed by it).
    /// </summary>
    public static Task PrepareRunsAsync(MatrixFixture f) => Task.WhenAll(DoneRunAsync(f, f.Facts.DemoCountyId), DoneRunAsync(f, f.Facts.OtherCountyId));

    private static Task<string> DoneRunAsync(MatrixFixture f, Guid countyId)
    {
        lock (DoneRuns)
        {
            if (!DoneRuns.TryGetValue((f.App.ConnectionString, countyId), out var run))
            {
                DoneRuns[(f.App.ConnectionString, countyId)] = run = StartAndWaitAsync(f, countyId);
            }

            return run;
        }
    }

    private static async Task<string> StartAndWaitAsync(MatrixFixture f, Guid countyId)
    {
        var admin = await f.App.ClientForAsync("admin");
        var started = await admin.PostAsJsonAsync("/api/assessment-runs", NewRun(countyId));
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var id = (await started.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        // Generous: this fixture starts while every other test class does, and once (of many full runs) its run's job waited
        // over a minute on the two busy cores of a test machine.
        JsonObject? run = null;
        for (var i = 0; i < 1800; i++)
        {
            run = await admin.GetFromJsonAsync<JsonObject>($"/api/assessment-runs/{id}");
            if (run!["status"]!.GetValue<string>() is "done" or "failed")
            {
                Assert.True(run["status"]!.GetValue<string>() == "done", run.ToJsonString());
                return id;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The matrix's run {id} did not end in 3 minutes: {run?.ToJsonString()}");
    }

    /// <summary>The first line of the inspector's result in the run that cost points (what an appeal may name).</summary>
    private static async Task<string> CostlyItemAsync(MatrixFixture f, string runId, Guid inspectorId)
    {
        var card = await (await f.App.ClientForAsync("admin")).GetFromJsonAsync<JsonObject>($"/api/assessment-runs/{runId}/results/{inspectorId}");
        return card!["lines"]!.AsArray().First(l => l!["points"]!.GetValue<decimal>() < 0)!["itemId"]!.GetValue<string>();
    }

    /// <summary>A refused appeal of the inspector's result in the county's run, written as a row (reading it is what the matrix tries).</summary>
    private static async Task<Guid> AppealAsync(MatrixFixture f, Guid countyId, Guid inspectorId)
    {
        var run = Guid.Parse(await DoneRunAsync(f, countyId));
        var id = Guid.NewGuid();
        await new TestSql(f.App.ConnectionString).ExecuteAsync(
            """
            INSERT INTO assessment_appeals (id, run_id, inspector_id, item_id, line_points, reason, region_path, status, case_id, filed_by, filed_at)
            SELECT $1, run_id, inspector_id, 'missed-patrol', -2, '矩阵申诉 / matrix appeal', region_path, 'refused', $4, 'matrix', now()
            FROM assessment_results WHERE run_id = $2 AND inspector_id = $3
            """, id, run, inspectorId, Guid.NewGuid());
        return id;
    }

    /// <summary>A valid order of a cross-check of the grid by the named user, due in three days.</summary>
    private static async Task<object> CrossCheckBodyAsync(MatrixFixture f, Guid gridId, string checker)
    {
        await using var db = TestDatabases.OpenContext(f.App.ConnectionString);
        var checkerUserId = await db.Users.Where(u => u.UserName == checker).Select(u => u.Id).SingleAsync();
        return new { gridId, checkerUserId, dueAt = DateTimeOffset.UtcNow.AddDays(3) };
    }

    /// <summary>A new cross-check ordered by an admin for one request.</summary>
    private static async Task<string> CrossCheckAsync(MatrixFixture f, Guid gridId, string checker)
    {
        var response = await (await f.App.ClientForAsync("admin")).PostAsJsonAsync("/api/cross-checks", await CrossCheckBodyAsync(f, gridId, checker));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    private static object NewTraining(Guid regionId) =>
        new { title = "矩阵培训 / matrix training", kind = "training", heldAt = DateTimeOffset.UtcNow.AddDays(-1), hours = 2.0, regionId, trainer = "执法大队" };

    /// <summary>A new training recorded by an admin for one request, so that every role meets the same one.</summary>
    private static async Task<string> TrainingAsync(MatrixFixture f, Guid regionId)
    {
        var response = await (await f.App.ClientForAsync("admin")).PostAsJsonAsync("/api/trainings", NewTraining(regionId));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    /// <summary>The attendance of one inspector, or none (a valid empty list) where no inspector of that county is at hand.</summary>
    private static HttpRequestMessage Attendance(string trainingId, Guid? inspectorId) =>
        Send(HttpMethod.Put, $"/api/trainings/{trainingId}/attendance", new { attendees = inspectorId is { } id ? new[] { new { inspectorId = id } } : [] });

    /// <summary>A source at the grid's centre (every request may take one; a new one per request keeps each cell's start the same).</summary>
    private static async Task<object> SourceBodyAsync(MatrixFixture f, Guid gridId)
    {
        var (lat, lon) = await new Lifecycle(f.App).GridCentreAsync(gridId);
        return new { gridId, name = "矩阵锅炉 / matrix boiler", kind = "boiler", lat, lon, key = true, visitEveryDays = 7 };
    }

    /// <summary>A new source of the grid, recorded by an admin.</summary>
    private static async Task<string> SourceAsync(MatrixFixture f, Guid gridId)
    {
        var response = await (await f.App.ClientForAsync("admin")).PostAsJsonAsync("/api/pollution-sources", await SourceBodyAsync(f, gridId));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    /// <summary>A check-in at a new source of the grid, at the source, with a photo the caller uploaded (photos are one's own).</summary>
    private static async Task<HttpRequestMessage> CheckInAsync(MatrixFixture f, string role, Guid gridId)
    {
        var id = await SourceAsync(f, gridId);
        var (lat, lon) = await new Lifecycle(f.App).GridCentreAsync(gridId);
        var uploaded = await (await f.App.ClientForAsync(SignInAs(role))).SendAsync(Upload());
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var photo = (await uploaded.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        return Send(HttpMethod.Post, $"/api/pollution-sources/{id}/check-ins", new { at = DateTimeOffset.UtcNow.AddMinutes(-1), lat, lon, photos = new[] { photo } });
    }

    /// <summary>The grid's own name and boundary back: a change that changes nothing, so every role finds the same grid.</summary>
    private static async Task<HttpRequestMessage> SameGridAsync(MatrixFixture f, Guid gridId)
    {
        var grid = await (await f.App.ClientForAsync("admin")).GetFromJsonAsync<JsonObject>($"/api/grids/{gridId}");
        return Send(HttpMethod.Put, $"/api/grids/{gridId}", new { name = (string?)grid!["name"], boundary = grid["boundary"] });
    }

    private static async Task<HttpRequestMessage> SameInspectorAsync(MatrixFixture f, Guid inspectorId)
    {
        var inspector = await (await f.App.ClientForAsync("admin")).GetFromJsonAsync<JsonObject>($"/api/inspectors/{inspectorId}");
        return Send(HttpMethod.Put, $"/api/inspectors/{inspectorId}", new
        {
            name = (string?)inspector!["name"], status = (string?)inspector["status"], hireDate = (string?)inspector["hireDate"], regionId = (string?)inspector["regionId"],
        });
    }

    /// <summary>A new issue at the place, and its accept task to be dispatched: each role meets an open task.</summary>
    private static async Task<HttpRequestMessage> CompleteFreshAsync(MatrixFixture f, (double Lat, double Lon) at)
    {
        var flow = new Lifecycle(f.App);
        var issueId = (await flow.ReportAsync(reporter: "city-supervisor", at: at)).GetProperty("id").GetString()!;
        var task = await flow.TaskAsync("admin", issueId, "accept", inbox: false);
        return Send(HttpMethod.Post, $"/api/tasks/{task.GetProperty("id").GetString()}/complete", new { outcome = "dispatch" });
    }

    private static async Task<HttpRequestMessage> LocalDayToDeleteAsync(MatrixFixture f, string kind, string date)
    {
        var put = await (await f.App.ClientForAsync("admin")).PutAsJsonAsync($"/api/calendar/{kind}/{date}", new { reason = "矩阵 / matrix" });
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        return Send(HttpMethod.Delete, $"/api/calendar/{kind}/{date}", null);
    }
}
