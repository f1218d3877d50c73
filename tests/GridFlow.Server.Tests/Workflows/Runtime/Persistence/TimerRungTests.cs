using GridFlow.Workflows.Core.Execution;
using GridFlow.Workflows.Runtime.Engine;
using GridFlow.Workflows.Runtime.Persistence;

namespace GridFlow.Server.Tests.Workflows.Runtime.Persistence;

/// <summary>A planned rung as the ladder stores it: as PostgreSQL keeps times, in the columns and in a ladder's <c>rest</c>.</summary>
public sealed class TimerRungTests
{
    [Fact]
    public void AsStored_CutsTheTimeToMicroseconds_InUtc_AndKeepsTheRest()
    {
        var due = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8)).AddTicks(1234567);

        var rung = TimerLadder.AsStored(new TimerRung(TimerKind.Escalation, due, 2, "city-supervisor", "city", "red"));

        Assert.Equal(TimeSpan.Zero, rung.DueAt.Offset);
        Assert.Equal(due.UtcTicks - 7, rung.DueAt.UtcTicks);
        Assert.Equal((TimerKind.Escalation, 2, "city-supervisor", "city", "red", (string?)null), (rung.Kind, rung.Level, rung.Role, rung.Scope, rung.Card, rung.Outcome));
    }

    [Fact]
    public void ARung_ReadsBackFromRest_AsItWasWritten_WithItsKindAsTheColumnSpellsIt()
    {
        var rungs = new[]
        {
            new TimerRung(TimerKind.Reminder, DateTimeOffset.UnixEpoch.AddDays(20000)),
            new TimerRung(TimerKind.Timeout, DateTimeOffset.UnixEpoch.AddDays(20001), Outcome: "expire"),
        };

        var json = EngineJson.Serialize(rungs);

        Assert.Equal(rungs, TimerRows.ReadRest(json));
        Assert.Equal(["reminder", "timeout"], JsonDocument.Parse(json).RootElement.EnumerateArray().Select(r => r.GetProperty("kind").GetString()));
        Assert.Equal(["reminder", "timeout"], rungs.Select(r => r.Kind.Name()));
        Assert.Empty(TimerRows.ReadRest(null));
    }

    [Theory]
    [InlineData(TimerKind.Reminder)]
    [InlineData(TimerKind.Due)]
    [InlineData(TimerKind.Escalation)]
    [InlineData(TimerKind.Timeout)]
    public void KindNames_RoundTrip(TimerKind kind) => Assert.Equal(kind, TimerKindNames.Parse(kind.Name()));

    [Fact]
    public void Of_OrdersTheRungsByDueTime_KeepingTheOrderOfRungsDueTogether()
    {
        var due = DateTimeOffset.UnixEpoch.AddDays(20000);
        TimerRung[] planned = [new(TimerKind.Due, due), new(TimerKind.Reminder, due.AddHours(-1)), new(TimerKind.Escalation, due, 1, Card: "yellow")];

        var ladder = TimerLadder.Of(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), planned);

        Assert.Equal([TimerKind.Reminder, TimerKind.Due, TimerKind.Escalation], ladder.Rungs.Select(r => r.Kind));
    }

    [Fact]
    public void KindNames_RefuseAnUnknownName() => Assert.Throws<FormatException>(() => TimerKindNames.Parse("alarm"));
}
