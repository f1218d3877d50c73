namespace GridFlow.Server.Tests.Notifications.Escalations;

/// <summary>A clocked host whose notifications are rendered in zh-CN (the default).</summary>
public sealed class ChineseMailFixture() : ClockedMailFixture("zh-CN");
