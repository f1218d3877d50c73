using System.Text;

namespace GridFlow.Server.Tests.Operations;

/// <summary>
/// PostgreSQL cannot store a NUL character in text or jsonb (22021, 22P05): every text a caller sends is checked at the
/// edge, so a NUL is a 400 naming the field instead of a 500 from the database, and nothing is written.
/// </summary>
public sealed class NulCharacterTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private readonly GridFlowApp app = fixture.App;
    private readonly Lifecycle flow = new(fixture.App);

    public static TheoryData<string, string, string, string, string> Bodies => new()
    {
        // role, method, url, JSON body (\u0000 is a NUL once parsed), the field the 400 must name
        { "admin", "PUT", "/api/issue-categories/nul-check", """{"name":"扬尘\u0000","workflowDefinitionId":"issue-lifecycle"}""", "name" },
        { "designer", "PUT", "/api/notification-templates/task-assigned/zh-CN", """{"subject":"新任务\u0000","body":"正文"}""", "subject" },
        { "designer", "PUT", "/api/notification-templates/task-assigned/zh-CN", """{"subject":"新任务","body":"正\u0000文"}""", "body" },
        { "designer", "PUT", "/api/workflow-definitions/nul-check/draft", """{"definitionId":"nul-check","name":"草稿\u0000","version":1,"root":{"activities":[],"connections":[]}}""", "name" },
        { "designer", "PUT", "/api/workflow-definitions/nul-check/draft", """{"definitionId":"nul-check","name":"草稿","version":1,"root":{"activities":[{"id":"a\u0000","type":"GridFlow.Start"}],"connections":[]}}""", "root.activities[0].id" },
        { "designer", "PUT", "/api/workflow-definitions/nul-check/draft", """{"definitionId":"nul-check","name":"草稿","version":1,"root":{"activities":[],"connections":[]},"k\u0000":1}""", "k\u0000" },
        { "designer", "PUT", "/api/calendar/non-working-days/2031-05-06", """{"reason":"假日\u0000"}""", "reason" },
        { "admin", "POST", "/api/inspectors", """{"name":"张\u0000三","status":"active","hireDate":"2024-01-01","regionId":"{township}"}""", "name" },
        { "admin", "POST", "/api/escalations/{random}/actions", """{"action":"urge","comment":"快\u0000"}""", "comment" },
        { "inspector", "POST", "/api/issues", """{"category":"dust","description":"扬尘\u0000","lat":{lat},"lon":{lon}}""", "description" },
        { "inspector", "POST", "/api/issues", """{"category":"dust","description":"扬尘","address":"路\u0000","lat":{lat},"lon":{lon}}""", "address" },
        { "inspector", "POST", "/api/issues", """{"category":"du\u0000st","description":"扬尘","lat":{lat},"lon":{lon}}""", "category" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task ANulInABody_Is400NamingTheField(string role, string method, string url, string body, string field)
    {
        var facts = await DemoFacts.LoadAsync(app);
        var (lat, lon) = await flow.InspectorGridCentreAsync();
        body = body.Replace("{township}", facts.DemoTownshipId.ToString())
            .Replace("{lat}", lat.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Replace("{lon}", lon.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var request = new HttpRequestMessage(new HttpMethod(method), url.Replace("{random}", Guid.NewGuid().ToString()))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };

        var response = await (await app.ClientForAsync(role)).SendAsync(request);

        Assert.Contains("NUL", await ProblemAssert.HasFieldErrorAsync(response, field));
    }

    [Fact]
    public async Task ANulInATaskCommentOrFormData_Is400_AndTheTaskStaysOpen()
    {
        var id = (await flow.ReportAsync()).GetProperty("id").GetString()!;
        var task = (await flow.TaskAsync("township-officer", id, "accept")).GetProperty("id").GetString()!;

        var comment = await flow.CompleteAsync("township-officer", task, "dispatch", comment: "收到\0");
        var data = await flow.CompleteAsync("township-officer", task, "dispatch", data: new Dictionary<string, object> { ["comment\0"] = "x" });
        var value = await flow.CompleteAsync("township-officer", task, "dispatch", data: new { comment = "好\0" });

        Assert.Contains("NUL", await ProblemAssert.HasFieldErrorAsync(comment, "comment"));
        Assert.Contains("NUL", await ProblemAssert.HasFieldErrorAsync(data, "data.comment\0"));
        Assert.Contains("NUL", await ProblemAssert.HasFieldErrorAsync(value, "data.comment"));
        Assert.Equal(HttpStatusCode.OK, (await flow.CompleteAsync("township-officer", task, "dispatch")).StatusCode);
    }

    [Theory]
    [InlineData("/api/tasks?assignedTo=me&status=open%00", "status")]
    [InlineData("/api/issues?status=%00", "status")]
    [InlineData("/api/escalations?status=open%00", "status")]
    public async Task ANulInAQueryValue_Is400NamingTheParameter(string url, string field)
    {
        var response = await (await app.ClientForAsync("admin")).GetAsync(url);

        Assert.Contains("NUL", await ProblemAssert.HasFieldErrorAsync(response, field));
    }

    [Fact]
    public async Task ANulInTheSignInName_Is400_NotA500FromTheUserLookup()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "admin\0", password = "GridFlow!2026" });

        Assert.Contains("NUL", await ProblemAssert.HasFieldErrorAsync(response, "userName"));
    }

    [Fact]
    public async Task ANulInAnUploadedFileName_Is400()
    {
        // HttpClient will not put a NUL in a header, so the multipart body is written by hand, as any client could.
        const string boundary = "gridflow-nul";
        var head = Encoding.UTF8.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"photo\0.png\"\r\nContent-Type: image/png\r\n\r\n");
        var tail = Encoding.UTF8.GetBytes($"\r\n--{boundary}--\r\n");
        var body = new ByteArrayContent([.. head, .. TestImages.Png, .. tail]);
        body.Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={boundary}");

        var response = await (await app.ClientForAsync("inspector")).PostAsync("/api/attachments", body);

        Assert.Contains("NUL", await ProblemAssert.HasFieldErrorAsync(response, "file"));
    }
}
