namespace GridFlow.Server.Tests.Accounts.Support;

/// <summary>The account test classes that share one <see cref="AccountsFixture"/> host (they run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class AccountsCollection : ICollectionFixture<AccountsFixture>
{
    public const string Name = "Accounts host";
}
