using System.Text.Json.Nodes;
using GridFlow.Workflows.Core.Models;
using GridFlow.Workflows.Core.Validation;

namespace GridFlow.Workflows.Core.Tests.Validation;

public sealed class FormValidatorTests
{
    private static readonly FormField[] Fields =
    [
        new("description", "说明", FormFieldType.Text, Required: true),
        new("cost", "费用", FormFieldType.Number, Required: false, Min: 0),
        new("result", "结果", FormFieldType.Choice, Required: true, Choices: ["fixed", "moved"]),
        new("photos", "照片", FormFieldType.Photos, Required: true, Min: 2),
    ];

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> Validate(string json) =>
        FormValidator.Validate(Fields, JsonNode.Parse(json)!.AsObject());

    [Fact]
    public void Validate_CompleteDataHasNoErrors() =>
        Assert.Empty(Validate("""{ "description": "ok", "cost": 12.5, "result": "fixed", "photos": ["a", "b"] }"""));

    [Fact]
    public void Validate_MissingRequiredFields() =>
        Assert.Equal(["description", "result", "photos"], Validate("""{ "description": "  " }""").Keys);

    [Fact]
    public void Validate_AFieldRequiredForSomeOutcomes_IsRequiredForThoseOnly()
    {
        FormField[] appeal =
        [
            new("points", "退还分值", FormFieldType.Number, Required: false, Min: 0.01m, RequiredFor: ["uphold"]),
            new("comment", "意见", FormFieldType.Text, Required: false, RequiredFor: ["refuse"]),
        ];
        var empty = new JsonObject();

        Assert.Equal(["points"], FormValidator.Validate(appeal, empty, "uphold").Keys);
        Assert.Equal(["comment"], FormValidator.Validate(appeal, empty, "refuse").Keys);
        Assert.Empty(FormValidator.Validate(appeal, empty));
        // A value given is checked whatever the outcome.
        Assert.Equal(["points", "comment"], FormValidator.Validate(appeal, JsonNode.Parse("""{ "points": 0 }""")!.AsObject(), "refuse").Keys);
    }

    [Fact]
    public void Validate_NullDataMeansEveryRequiredFieldIsMissing() =>
        Assert.Equal(3, FormValidator.Validate(Fields, null).Count);

    [Theory]
    [InlineData("""{ "description": 5, "result": "fixed", "photos": ["a", "b"] }""", "description")]
    [InlineData("""{ "description": "x", "cost": "ten", "result": "fixed", "photos": ["a", "b"] }""", "cost")]
    [InlineData("""{ "description": "x", "cost": -1, "result": "fixed", "photos": ["a", "b"] }""", "cost")]
    [InlineData("""{ "description": "x", "result": "burned", "photos": ["a", "b"] }""", "result")]
    [InlineData("""{ "description": "x", "result": "fixed", "photos": ["a"] }""", "photos")]
    [InlineData("""{ "description": "x", "result": "fixed", "photos": ["a", 7] }""", "photos")]
    [InlineData("""{ "description": "x", "result": "fixed", "photos": "a,b" }""", "photos")]
    public void Validate_WrongValuesNameTheirField(string json, string field) =>
        Assert.Equal([field], Validate(json).Keys);

    [Fact]
    public void Validate_UnknownFieldsAreIgnored() =>
        Assert.Empty(Validate("""{ "description": "ok", "result": "moved", "photos": ["a", "b"], "extra": true }"""));
}
