using System.ComponentModel.DataAnnotations;
using GridFlow.Contracts.Assessments;
using GridFlow.ServiceDefaults.Validation;

namespace GridFlow.Server.Tests.Operations.Validation;

/// <summary>
/// The shortcuts of the request checks say what the full checks say: a property rule's quick yes only for a valid object
/// whose rules it can judge alone, and the NUL search skips only values that cannot hold text.
/// </summary>
public sealed class RequestCheckShortcutTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 3, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void PropertyRules_PassAValidPoint_AndNotOneTheValidatorRefuses()
    {
        PatrolPointInput[] points = [new(20, 116, At, 5), new(91, 116, At, 5), new(20, 116, null, 5), new(20, 116, At, -1)];

        foreach (var point in points)
        {
            var validatorSays = Validator.TryValidateObject(point, new ValidationContext(point), [], validateAllProperties: true);
            Assert.Equal(validatorSays, PropertyAnnotations.AllPass(point));
        }

        Assert.True(PropertyAnnotations.AllPass(points[0]));
    }

    [Fact]
    public void PropertyRules_LeaveASelfValidatingType_ToTheValidator()
    {
        Assert.False(PropertyAnnotations.AllPass(new SelfChecking(1)));
    }

    [Fact]
    public void NulSearch_SkipsPointsButFindsTextInAList()
    {
        // As System.Text.Json binds them: a list of points, a List<string> of photos.
        var patrol = new StartPatrolRequest(Guid.NewGuid(), At, new List<PatrolPointInput> { new(20, 116, At, 5), new(20.001, 116, At.AddSeconds(5), 5) }, null);
        var source = new CreatePollutionSourceRequest(Guid.NewGuid(), "锅炉", PollutionSourceKinds.Boiler, 20, 116, true, null, null, new List<string> { "a", "b\0" });

        Assert.Null(NulCharacters.Find(patrol, ""));
        Assert.Equal("photos[1]", NulCharacters.Find(source, ""));
        Assert.Equal("name", NulCharacters.Find(source with { Name = "x\0", Photos = null }, ""));
    }

    private sealed record SelfChecking([property: Range(0, 10)] int Value) : IValidatableObject
    {
        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => [new("never valid")];
    }
}
