using System.Text.Json.Nodes;
using GridFlow.Assessments.Schemes;

namespace GridFlow.Server.Tests.Assessments.Schemes;

/// <summary>Each kind of mistake in a scheme is reported at its JSON pointer.</summary>
public sealed class SchemeValidatorTests
{
    [Fact]
    public void TheShippedScheme_IsValid() => Assert.Empty(SchemeValidator.Validate(ShippedScheme.Load()).ByPointer);

    public static TheoryData<string, string> Mistakes() => new()
    {
        { """{"op":"set","at":"items/0/kind","value":"walk"}""", "/items/0/kind" },
        { """{"op":"set","at":"items/0/points","value":2}""", "/items/0/points" },
        { """{"op":"set","at":"items/2/points","value":-1}""", "/items/2/points" },
        { """{"op":"set","at":"items/0/cap","value":5}""", "/items/0/cap" },
        { """{"op":"set","at":"items/0/everyDays","value":0}""", "/items/0/everyDays" },
        { """{"op":"set","at":"items/0/everyDays","value":1.5}""", "/items/0/everyDays" },
        { """{"op":"set","at":"items/4/withinMeters","value":"near"}""", "/items/4/withinMeters" },
        { """{"op":"set","at":"items/4/byFinder/bureau","value":1}""", "/items/4/byFinder/bureau" },
        { """{"op":"set","at":"items/6/level","value":"green"}""", "/items/6/level" },
        { """{"op":"set","at":"items/1/id","value":"missed-patrol"}""", "/items/1/id" },
        { """{"op":"set","at":"items/10/points","value":1}""", "/items/10/points" },
        { """{"op":"set","at":"items/0/capp","value":-3}""", "/items/0/capp" },
        { """{"op":"set","at":"grades/1/min","value":95}""", "/grades/1/min" },
        { """{"op":"set","at":"grades/3/min","value":10}""", "/grades/3/min" },
        { """{"op":"set","at":"grades/2/grade","value":"优秀"}""", "/grades/2/grade" },
        { """{"op":"set","at":"patrolRule/minInsideRatio","value":1.5}""", "/patrolRule/minInsideRatio" },
        { """{"op":"set","at":"base","value":0}""", "/base" },
        { """{"op":"set","at":"schemeId","value":"Monthly Scheme"}""", "/schemeId" },
        { """{"op":"set","at":"regionId","value":"371502"}""", "/regionId" },
        { """{"op":"set","at":"dismissal/consecutiveFailing","value":0}""", "/dismissal/consecutiveFailing" },
        { """{"op":"remove","at":"grades"}""", "/grades" },
        { """{"op":"set","at":"items","value":[]}""", "/items" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void AMistake_IsReportedAtItsPointer(string edit, string pointer)
    {
        var scheme = Edit(ShippedScheme.Load(), JsonNode.Parse(edit)!.AsObject());

        var problems = SchemeValidator.Validate(scheme).ByPointer;

        Assert.True(problems.ContainsKey(pointer), $"Expected a problem at {pointer}, got: {string.Join("; ", problems.Select(p => $"{p.Key} {string.Join(" ", p.Value)}"))}");
        Assert.Single(problems);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"scheme\"")]
    [InlineData("null")]
    public void NotAnObject_IsAProblemAtTheRoot(string json) =>
        Assert.Equal([""], SchemeValidator.Validate(JsonNode.Parse(json)).ByPointer.Keys);

    /// <summary>Sets or removes the value at a path of names and indexes.</summary>
    private static JsonObject Edit(JsonObject scheme, JsonObject edit)
    {
        var steps = edit["at"]!.GetValue<string>().Split('/');
        JsonNode parent = scheme;
        foreach (var step in steps[..^1])
        {
            parent = int.TryParse(step, out var index) ? parent[index]! : parent[step]!;
        }

        if (edit["op"]!.GetValue<string>() == "remove")
        {
            parent.AsObject().Remove(steps[^1]);
        }
        else if (int.TryParse(steps[^1], out var at))
        {
            parent[at] = edit["value"]!.DeepClone();
        }
        else
        {
            parent[steps[^1]] = edit["value"]?.DeepClone();
        }

        return scheme;
    }
}
