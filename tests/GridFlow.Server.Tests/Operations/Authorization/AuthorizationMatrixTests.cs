using GridFlow.Contracts.Accounts;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace GridFlow.Server.Tests.Operations.Authorization;

/// <summary>
/// Every operation of the API, as every caller (anonymous and each role), on an object in the demo accounts' own scope
/// and on one in another county: the exact status of <c>authorization-matrix.md</c>. An operation the OpenAPI document
/// has and the table does not (a new endpoint) fails the coverage test, and so does a row for an operation that is gone.
/// </summary>
public sealed class AuthorizationMatrixTests(MatrixFixture fixture) : IClassFixture<MatrixFixture>
{
    public static TheoryData<string, string, string, int> Cases()
    {
        var data = new TheoryData<string, string, string, int>();
        foreach (var row in AuthorizationMatrix.Rows)
        {
            foreach (var (caller, status) in row.Expected)
            {
                data.Add(row.Operation, row.Object, caller, status);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Operation_OnObject_AsCaller_AnswersTheMatrixStatus(string operation, string scope, string caller, int expected)
    {
        var client = caller == AuthorizationMatrix.Anonymous ? fixture.App.CreateClient() : await fixture.App.ClientForAsync(caller);
        using var request = await MatrixRequests.BuildAsync(fixture, operation, scope, caller);

        using var response = await client.SendAsync(request);

        Assert.True((int)response.StatusCode == expected,
            $"{caller} {operation} on {scope} ({request.Method} {request.RequestUri}): expected {expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task EveryOperationOfTheApi_HasARow_AndEveryRowIsAnOperation()
    {
        var document = (await fixture.App.CreateClient().GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;
        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(method => $"{method.Key.ToUpperInvariant()} {path.Key}"))
            .ToHashSet();
        var rows = AuthorizationMatrix.Rows.Select(r => r.Operation).ToHashSet();

        var missing = operations.Except(rows).Order().ToList();
        var stale = rows.Except(operations).Order().ToList();

        Assert.True(missing.Count == 0, $"Operations without a row in {AuthorizationMatrix.FilePath} (add one per object it acts on, with the status each caller must get):\n{string.Join("\n", missing)}");
        Assert.True(stale.Count == 0, $"Rows for operations the API no longer has:\n{string.Join("\n", stale)}");
    }

    [Fact]
    public void EveryRow_HasAllCallers_AndARequestThatTriesIt()
    {
        string[] callers = [AuthorizationMatrix.Anonymous, .. Roles.All];
        foreach (var row in AuthorizationMatrix.Rows)
        {
            Assert.True(callers.Order().SequenceEqual(row.Expected.Keys.Order()), $"{row.Operation} on {row.Object}: columns {string.Join(", ", row.Expected.Keys)}");
            Assert.True(MatrixRequests.Has(row.Operation, row.Object), $"{row.Operation} on {row.Object} has no builder in MatrixRequests.");
        }

        Assert.Equal(AuthorizationMatrix.Rows.Count, AuthorizationMatrix.Rows.Select(r => (r.Operation, r.Object)).Distinct().Count());
    }
}
