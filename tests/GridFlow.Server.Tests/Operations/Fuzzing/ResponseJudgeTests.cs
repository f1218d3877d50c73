using System.Net.Http.Headers;
using System.Text;
using Microsoft.OpenApi;

namespace GridFlow.Server.Tests.Operations.Fuzzing;

/// <summary>The fuzzer's rules on their own, against a small document: each is broken once, and a good answer passes.</summary>
public sealed class ResponseJudgeTests
{
    private const string Document = """
        {
          "openapi": "3.1.1",
          "info": { "title": "t", "version": "1" },
          "paths": {
            "/things/{id}": {
              "get": {
                "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string" } } ],
                "responses": {
                  "200": { "description": "OK", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } } },
                  "404": { "description": "Not Found", "content": { "application/problem+json": { "schema": { "type": "object" } } } }
                }
              }
            }
          },
          "components": {
            "schemas": {
              "Thing": {
                "type": "object",
                "required": [ "id", "tags" ],
                "properties": { "id": { "type": "string" }, "size": { "type": [ "integer", "string" ] }, "tags": { "type": "array", "items": { "type": "string" } } }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task AnswerAsDocumented_IsNoFault()
    {
        Assert.Null(await FaultAsync(200, "application/json", """{ "id": "a", "size": 3, "tags": ["x"] }"""));
        Assert.Null(await FaultAsync(404, "application/problem+json", """{ "status": 404 }"""));
    }

    [Theory]
    [InlineData(500, "application/problem+json", """{ "status": 500 }""", "server error")]
    [InlineData(409, "application/problem+json", """{ "status": 409 }""", "not documented")]
    [InlineData(404, "text/plain", "gone", "not application/problem+json")]
    [InlineData(404, "application/problem+json", """{ "status": 400 }""", "whose status is 400")]
    [InlineData(200, "text/html", "<p>", "the document says application/json")]
    [InlineData(200, "application/json", """{ "id": "a" }""", "tags")]
    [InlineData(200, "application/json", """{ "id": 1, "tags": [] }""", "/id")]
    [InlineData(200, "application/json", """{ "id": "a", "tags": [], "colour": "red" }""", "colour")]
    public async Task AnswerAgainstTheRules_IsAFault(int status, string mediaType, string body, string expected)
    {
        var fault = await FaultAsync(status, mediaType, body);

        Assert.NotNull(fault);
        Assert.Contains(expected, fault);
    }

    private static async Task<string?> FaultAsync(int status, string mediaType, string body)
    {
        var document = OpenApiDocument.Parse(Document, "json").Document!;
        var operation = new ApiOperation(HttpMethod.Get, "/things/{id}", document.Paths["/things/{id}"].Operations![HttpMethod.Get]);
        using var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(body, Encoding.UTF8) };
        response.Content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        var judge = new ResponseJudge(await ResponseSchemas.CreateAsync(document));
        return await judge.FaultAsync(operation, response, Encoding.UTF8.GetBytes(body));
    }
}
