using GridFlow.Benchmarks.Assessment.Province;
using GridFlow.Contracts.Accounts;
using GridFlow.Data.Statements;
using Npgsql;
using NpgsqlTypes;

namespace GridFlow.Benchmarks.Assessment.Loading;

/// <summary>
/// An account for every inspector (but the upload phase's, which the host provisions), every township's officer and
/// every county's and city's supervisor: the people who recorded the facts. Identity's columns as UserManager fills
/// them; one password hash made by the host's hasher serves all (hashing 20,000 passwords would take minutes), so
/// any of them can sign in with <see cref="Password"/>. The roles must exist (the provisioner makes them first).
/// </summary>
public sealed class AccountLoader(ProvinceLayout layout, ProvinceIds ids)
{
    /// <summary>A throwaway database on a throwaway cluster: a fixed password is fine here.</summary>
    public const string Password = "Bench!2026-assessment";

    public async Task<long> LoadAsync(NpgsqlConnection connection, string passwordHash)
    {
        var roles = await RoleIdsAsync(connection);
        var accounts = new List<(string Id, string UserName, string DisplayName, string Role, Guid RegionId, Guid? InspectorId)>();
        for (var inspector = 0; inspector < layout.Grids; inspector++)
        {
            if (!ids.IsUploadInspector(inspector))
            {
                accounts.Add((ids.InspectorUserIds[inspector], ProvinceIds.InspectorUserName(inspector), InspectorNames.For(inspector), Roles.Inspector,
                    ids.Townships[layout.TownshipOfGrid(inspector)], ids.Inspectors[inspector]));
            }
        }

        for (var township = 0; township < layout.Townships; township++)
        {
            accounts.Add((ids.OfficerUserIds[township], ProvinceIds.OfficerUserName(township), $"街道专管员 {ProvinceLayout.TownshipCode(township)}",
                Roles.TownshipOfficer, ids.Townships[township], null));
        }

        for (var county = 0; county < layout.Counties; county++)
        {
            accounts.Add((ids.CountyUserIds[county], ProvinceIds.CountyUserName(county), $"区县督办 {ProvinceLayout.CountyCode(county)}",
                Roles.CountySupervisor, ids.Counties[county], null));
        }

        for (var city = 0; city < layout.Cities; city++)
        {
            accounts.Add((ids.CityUserIds[city], ProvinceIds.CityUserName(city), $"市级督办 {ProvinceLayout.CityCode(city)}",
                Roles.CitySupervisor, ids.Cities[city], null));
        }

        await using (var writer = await connection.BeginBinaryImportAsync("""
            COPY "AspNetUsers" (id, user_name, normalized_user_name, email_confirmed, password_hash, security_stamp, concurrency_stamp,
                phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count, display_name, region_id, inspector_id)
            FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var account in accounts)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(account.Id, NpgsqlDbType.Text);
                await writer.WriteAsync(account.UserName, NpgsqlDbType.Varchar);
                await writer.WriteAsync(account.UserName.ToUpperInvariant(), NpgsqlDbType.Varchar);   // Identity's default normaliser
                await writer.WriteAsync(false, NpgsqlDbType.Boolean);
                await writer.WriteAsync(passwordHash, NpgsqlDbType.Text);
                await writer.WriteAsync(Guid.NewGuid().ToString("N").ToUpperInvariant(), NpgsqlDbType.Text);
                await writer.WriteAsync(Guid.NewGuid().ToString(), NpgsqlDbType.Text);
                await writer.WriteAsync(false, NpgsqlDbType.Boolean);
                await writer.WriteAsync(false, NpgsqlDbType.Boolean);
                await writer.WriteAsync(true, NpgsqlDbType.Boolean);   // Lockout.AllowedForNewUsers
                await writer.WriteAsync(0, NpgsqlDbType.Integer);
                await writer.WriteAsync(account.DisplayName, NpgsqlDbType.Varchar);
                await writer.WriteAsync(account.RegionId, NpgsqlDbType.Uuid);
                await writer.WriteOrNullAsync(account.InspectorId, NpgsqlDbType.Uuid);
            }

            await writer.CompleteAsync();
        }

        await using (var writer = await connection.BeginBinaryImportAsync("""COPY "AspNetUserRoles" (user_id, role_id) FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var account in accounts)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(account.Id, NpgsqlDbType.Text);
                await writer.WriteAsync(roles[account.Role], NpgsqlDbType.Text);
            }

            await writer.CompleteAsync();
        }

        return accounts.Count;
    }

    private static async Task<Dictionary<string, string>> RoleIdsAsync(NpgsqlConnection connection)
    {
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = Sql.Command(connection, null, """SELECT id, name FROM "AspNetRoles" """);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            roles[reader.GetString(reader.GetOrdinal("name"))] = reader.GetString(reader.GetOrdinal("id"));
        }

        return roles;
    }
}
