using GridFlow.Contracts.Accounts;
using GridFlow.Data;
using GridFlow.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GridFlow.DemoData.Seeding;

/// <summary>
/// Creates the roles and demo accounts through Identity, so passwords are hashed and names normalised
/// exactly as at sign-in. The Identity stores share the seeder's DbContext, hence its transaction.
/// </summary>
internal sealed class AccountSeeder(GridFlowDbContext db, UserManager<GridFlowUser> users, RoleManager<IdentityRole> roles)
{
    public async Task<int> SeedRolesAsync()
    {
        var created = 0;
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), role);
                created++;
            }
        }

        return created;
    }

    public async Task<int> SeedUsersAsync(IReadOnlyList<DemoAccount> accounts, IReadOnlyDictionary<string, Guid> regionIds, CancellationToken cancellationToken)
    {
        var created = 0;
        foreach (var account in accounts)
        {
            var inspectorId = account.InspectorGridCode is null
                ? null
                : await db.Grids.Where(g => g.Code == account.InspectorGridCode).Select(g => g.InspectorId).SingleAsync(cancellationToken);
            var user = await users.FindByNameAsync(account.UserName);
            if (user is null)
            {
                user = new GridFlowUser
                {
                    UserName = account.UserName,
                    Email = account.Email,
                    EmailConfirmed = true,
                    DisplayName = account.DisplayName,
                    RegionId = regionIds[account.RegionCode],
                    InspectorId = inspectorId,
                };
                Check(await users.CreateAsync(user, DemoAccounts.Password), account.UserName);
                created++;
            }

            if (!await users.IsInRoleAsync(user, account.Role))
            {
                Check(await users.AddToRoleAsync(user, account.Role), account.UserName);
            }

            if (inspectorId is { } id)
            {
                await LinkInspectorAsync(user, id, cancellationToken);
            }
        }

        return created;
    }

    /// <summary>The link goes both ways: the account knows its inspector, the inspector its account.</summary>
    private async Task LinkInspectorAsync(GridFlowUser user, Guid inspectorId, CancellationToken cancellationToken)
    {
        if (user.InspectorId != inspectorId)
        {
            user.InspectorId = inspectorId;
            Check(await users.UpdateAsync(user), user.UserName ?? "");
        }

        var inspector = await db.Inspectors.SingleAsync(i => i.Id == inspectorId, cancellationToken);
        if (inspector.UserId != user.Id)
        {
            inspector.UserId = user.Id;
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Seeding {what} failed: {string.Join("; ", result.Errors.Select(e => $"{e.Code}: {e.Description}"))}");
        }
    }
}
