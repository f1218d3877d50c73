using GridFlow.Assessments.Patrols;

namespace GridFlow.Server.Tests.Assessments.Patrols;

/// <summary>Top speed over stretches of at least the window, so a jumpy GPS fix does not make a walk a drive.</summary>
public sealed class TrackProfileTests
{
    [Fact]
    public void TopKmh_OfEvenSteps_IsTheirSpeed() =>
        Assert.Equal(4.8, new TrackProfile([0, 60, 120, 180], [0, 80, 160, 240]).TopKmh(30), 9);

    [Fact]
    public void TopKmh_AveragesAJumpOverTheWindow()
    {
        // A fix 20 m off for one second (72 km/h between two fixes) inside a 1 m/s walk.
        var profile = new TrackProfile([0, 10, 11, 30, 60], [0, 10, 31, 51, 81]);

        Assert.Equal((51 - 0) / 30.0 * 3.6, profile.TopKmh(30), 9);
    }

    [Fact]
    public void TopKmh_OfATrackShorterThanTheWindow_IsItsAverage() =>
        Assert.Equal(100 / 20.0 * 3.6, new TrackProfile([0, 10, 20], [0, 30, 100]).TopKmh(30), 9);

    [Fact]
    public void TopKmh_OfOnePoint_IsNothing() => Assert.Equal(0, new TrackProfile([5], [0]).TopKmh(30));
}
