using System.Data;
using GridFlow.Accounts.Directory;
using GridFlow.Accounts.SignIn;
using GridFlow.Data;
using GridFlow.Data.Auditing;
using Npgsql;

namespace GridFlow.Accounts.Users;

/// <summary>
/// Writes accounts through Identity (names normalised, passwords hashed and checked by Identity's rules), each change
/// with its audit row (<see cref="AuditTrail"/>: who, what, when, the account before and after, never a password) in
/// one serializable transaction, so that nothing is half-written and two writers cannot link one inspector twice.
/// Identity's stores share the request's DbContext, so their saves join the transaction.
/// </summary>
public sealed class AccountWriter(UserManager<GridFlowUser> users, GridFlowDbContext db, IAuditActor actor, TimeProvider clock, UserDirectory directory)
{
    public const string EntityType = "User";
    public const string PasswordSet = "password-set";
    public const string Disabled = "disabled";
    public const string Enabled = "enabled";

    private const string Busy = "The account was changed at the same time by another request: try again.";

    public async Task<AccountWrite> CreateAsync(string userName, string password, AccountState state, CancellationToken cancellationToken)
    {
        var user = new GridFlowUser { UserName = userName, EmailConfirmed = state.Email is not null };
        Apply(user, state);
        var refused = (await ValidateUserAsync(user)).Concat(await ValidatePasswordAsync(user, password)).ToList();
        if (refused.Any(e => e.Code == IdentityErrorFields.DuplicateUserName))
        {
            return AccountWrite.Conflicting($"The user name '{userName}' is taken.");
        }

        if (refused.Count > 0)
        {
            return AccountWrite.Invalid(IdentityErrorFields.Of(refused));
        }

        return await InTransactionAsync(async () =>
        {
            Check(await users.CreateAsync(user, password));
            Check(await users.AddToRolesAsync(user, state.Roles));
            return (null, await UserViews.OneAsync(db, user.Id, cancellationToken), AuditTrail.Created);
        }, user.Id, cancellationToken);
    }

    /// <summary>
    /// Replaces what the account is. A change of roles, region or inspector gives the account a new security stamp,
    /// so its sessions end and its next sign-in carries the new scope.
    /// </summary>
    public async Task<AccountWrite> UpdateAsync(GridFlowUser user, AccountState state, CancellationToken cancellationToken) =>
        await InTransactionAsync(async () =>
        {
            var before = await UserViews.OneAsync(db, user.Id, cancellationToken);
            var scopeChanged = !before.Roles.SequenceEqual(state.Roles) || user.RegionId != state.RegionId || user.InspectorId != state.InspectorId;
            Apply(user, state);
            Check(await users.UpdateAsync(user));
            Check(await users.RemoveFromRolesAsync(user, before.Roles.Except(state.Roles)));
            Check(await users.AddToRolesAsync(user, state.Roles.Except(before.Roles)));
            if (scopeChanged)
            {
                Check(await users.UpdateSecurityStampAsync(user));
            }

            return (before, await UserViews.OneAsync(db, user.Id, cancellationToken), AuditTrail.Updated);
        }, user.Id, cancellationToken);

    /// <summary>Sets a new password; the new security stamp ends every session of the account.</summary>
    public async Task<AccountWrite> SetPasswordAsync(GridFlowUser user, string password, CancellationToken cancellationToken)
    {
        var refused = await ValidatePasswordAsync(user, password);
        if (refused.Count > 0)
        {
            return AccountWrite.Invalid(IdentityErrorFields.Of(refused));
        }

        return await InTransactionAsync(async () =>
        {
            var view = await UserViews.OneAsync(db, user.Id, cancellationToken);
            if (user.PasswordHash is not null)
            {
                Check(await users.RemovePasswordAsync(user));
            }

            Check(await users.AddPasswordAsync(user, password));
            return (null, view, PasswordSet);
        }, user.Id, cancellationToken);
    }

    /// <summary>Disables (a lockout without end, which suspends the account's sessions) or enables the account again.</summary>
    public async Task<AccountWrite> SetDisabledAsync(GridFlowUser user, bool disabled, CancellationToken cancellationToken)
    {
        if (AccountLock.IsDisabled(user.LockoutEnabled, user.LockoutEnd) == disabled)
        {
            return AccountWrite.Done(await UserViews.OneAsync(db, user.Id, cancellationToken));
        }

        return await InTransactionAsync(async () =>
        {
            var before = await UserViews.OneAsync(db, user.Id, cancellationToken);
            if (disabled)
            {
                Check(await users.SetLockoutEnabledAsync(user, true));
                Check(await users.SetLockoutEndDateAsync(user, AccountLock.DisabledUntil));
            }
            else
            {
                Check(await users.SetLockoutEndDateAsync(user, null));
                Check(await users.ResetAccessFailedCountAsync(user));
            }

            return (before, await UserViews.OneAsync(db, user.Id, cancellationToken), disabled ? Disabled : Enabled);
        }, user.Id, cancellationToken);
    }

    private async Task<AccountWrite> InTransactionAsync(Func<Task<(UserView? Before, UserView After, string Action)>> write, string userId, CancellationToken cancellationToken)
    {
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
            var (before, after, action) = await write();
            AuditTrail.Add(db, actor, clock.GetUtcNow(), action, EntityType, userId, before, action == PasswordSet ? null : after);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            directory.Invalidate();
            return AccountWrite.Done(after);
        }
        catch (IdentityRefusal refusal)
        {
            return refusal.Errors.Any(e => e.Code == IdentityErrorFields.DuplicateUserName)
                ? AccountWrite.Conflicting("The user name is taken.")
                : AccountWrite.Invalid(IdentityErrorFields.Of(refusal.Errors));
        }
        catch (Exception e) when (IsRace(e))
        {
            return AccountWrite.Conflicting(Busy);
        }
    }

    private static void Apply(GridFlowUser user, AccountState state)
    {
        if (!string.Equals(user.Email, state.Email, StringComparison.OrdinalIgnoreCase))
        {
            user.EmailConfirmed = state.Email is not null;
        }

        user.DisplayName = state.DisplayName;
        user.Email = state.Email;
        user.RegionId = state.RegionId;
        user.InspectorId = state.InspectorId;
    }

    private async Task<List<IdentityError>> ValidateUserAsync(GridFlowUser user)
    {
        var errors = new List<IdentityError>();
        foreach (var validator in users.UserValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, user)).Errors);
        }

        return errors;
    }

    private async Task<List<IdentityError>> ValidatePasswordAsync(GridFlowUser user, string password)
    {
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, user, password)).Errors);
        }

        return errors;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new IdentityRefusal(result.Errors.ToList());
        }
    }

    /// <summary>A unique index or a serializable transaction refused a write that raced another.</summary>
    private static bool IsRace(Exception e) =>
        (e as PostgresException ?? e.InnerException as PostgresException) is { SqlState: PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.SerializationFailure };

    private sealed class IdentityRefusal(IReadOnlyList<IdentityError> errors) : Exception("Identity refused the change.")
    {
        public IReadOnlyList<IdentityError> Errors { get; } = errors;
    }
}
