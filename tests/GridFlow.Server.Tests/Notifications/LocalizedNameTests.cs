using GridFlow.Notifications.Rendering;

namespace GridFlow.Server.Tests.Notifications;

/// <summary>A definition's "Chinese English" name shown in one language, and names not written so shown whole.</summary>
public sealed class LocalizedNameTests
{
    [Theory]
    [InlineData("受理派单 Accept and dispatch", "zh-CN", "受理派单")]
    [InlineData("受理派单 Accept and dispatch", "en", "Accept and dispatch")]
    [InlineData("问题处置流程（严格）Issue lifecycle, strict", "zh-CN", "问题处置流程（严格）")]
    [InlineData("问题处置流程（严格）Issue lifecycle, strict", "en", "Issue lifecycle, strict")]
    [InlineData("考核申诉 Decide an assessment appeal", "en", "Decide an assessment appeal")]
    [InlineData("受理", "en", "受理")]
    [InlineData("Accept", "zh-CN", "Accept")]
    [InlineData("PM2.5 超标核查", "en", "PM2.5 超标核查")]
    [InlineData("整改 2", "en", "整改 2")]
    [InlineData("", "en", "")]
    public void For_GivesTheLanguagesHalf_OrTheWholeName(string name, string culture, string expected) =>
        Assert.Equal(expected, LocalizedName.For(name, culture));
}
