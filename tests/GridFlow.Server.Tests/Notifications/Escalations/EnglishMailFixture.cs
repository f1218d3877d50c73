namespace GridFlow.Server.Tests.Notifications.Escalations;

/// <summary>A clocked host whose notifications are rendered in English.</summary>
public sealed class EnglishMailFixture() : ClockedMailFixture("en");
