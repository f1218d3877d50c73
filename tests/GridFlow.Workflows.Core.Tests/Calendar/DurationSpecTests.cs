using System.Text.Json.Nodes;
using GridFlow.Workflows.Core.Calendar;

namespace GridFlow.Workflows.Core.Tests.Calendar;

public sealed class DurationSpecTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Theory]
    [InlineData("PT2H", 2 * 3600)]
    [InlineData("P1D", 86400)]
    [InlineData("PT30S", 30)]
    [InlineData("PT1H30M", 5400)]
    [InlineData("P1W", 7 * 86400)]
    [InlineData("PT0.5S", 0.5)]
    public void TryParse_ReadsIsoDurations(string text, double seconds)
    {
        Assert.True(DurationSpec.TryParse(JsonValue.Create(text), out var spec, out _));
        Assert.Equal(TimeSpan.FromSeconds(seconds), spec.Fixed);
    }

    [Theory]
    [InlineData("\"P1M\"")]
    [InlineData("\"P1Y\"")]
    [InlineData("\"2h\"")]
    [InlineData("\"P\"")]
    [InlineData("\"P1DT\"")]
    [InlineData("{ \"workingDays\": 1.5 }")]
    [InlineData("{ \"days\": 3 }")]
    [InlineData("true")]
    public void TryParse_RefusesOtherShapes(string json)
    {
        Assert.False(DurationSpec.TryParse(JsonNode.Parse(json), out _, out var error));
        Assert.NotEmpty(error);
    }

    [Fact]
    public void AddTo_FixedDurationIsElapsedTime()
    {
        var start = new DateTimeOffset(2026, 2, 14, 22, 0, 0, China);

        Assert.Equal(start.AddHours(2), DurationSpec.Parse("PT2H").AddTo(start, WorkingDayCalendar.China()));
    }

    [Fact]
    public void AddTo_WorkingDaysUseTheCalendar()
    {
        Assert.True(DurationSpec.TryParse(JsonNode.Parse("{ \"workingDays\": 3 }"), out var spec, out _));

        var due = spec.AddTo(new DateTimeOffset(2026, 2, 13, 10, 0, 0, China), WorkingDayCalendar.China());

        Assert.Equal(new DateTimeOffset(2026, 2, 25, 10, 0, 0, China), due);
    }

    [Fact]
    public void ToJson_RoundTrips()
    {
        Assert.Equal("\"PT2H\"", DurationSpec.Parse("PT2H").ToString());
        Assert.Equal("{\"workingDays\":3}", DurationSpec.FromWorkingDays(3).ToString());
    }
}
