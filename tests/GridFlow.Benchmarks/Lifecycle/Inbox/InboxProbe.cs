namespace GridFlow.Benchmarks.Lifecycle.Inbox;

/// <summary>One list call to time: who asks, and what.</summary>
public sealed record InboxProbe(string Label, DemoUser User, string Uri);
