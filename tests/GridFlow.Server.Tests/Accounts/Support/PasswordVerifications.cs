namespace GridFlow.Server.Tests.Accounts.Support;

/// <summary>How many times the host's password hasher verified a password.</summary>
public sealed class PasswordVerifications
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public void Add() => Interlocked.Increment(ref count);
}
