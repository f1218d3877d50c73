using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GridFlow.Server.Tests.Data;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrate_OnAnEmptyDatabase_AppliesEveryMigrationAndMatchesTheModel()
    {
        var connectionString = await TestDatabases.CreateEmptyAsync();
        await using var db = TestDatabases.OpenContext(connectionString);

        await db.Database.MigrateAsync();

        var applied = await db.Database.GetAppliedMigrationsAsync();
        Assert.Equal(db.Database.GetMigrations(), applied);
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no migration captures: add a migration.");
        Assert.Equal(0, await db.Grids.CountAsync());
    }

    [Fact]
    public async Task Migrations_CanBeRolledBackToEmpty()
    {
        var connectionString = await TestDatabases.CreateEmptyAsync();
        await using var db = TestDatabases.OpenContext(connectionString);
        await db.Database.MigrateAsync();

        await db.GetService<IMigrator>().MigrateAsync(Migration.InitialDatabase);

        Assert.Empty(await db.Database.GetAppliedMigrationsAsync());
    }
}
