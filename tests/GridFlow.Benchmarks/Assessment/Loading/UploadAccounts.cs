using GridFlow.Accounts.Provisioning;
using GridFlow.Benchmarks.Assessment.Province;
using GridFlow.Contracts.Accounts;
using GridFlow.Regions.Import;
using Microsoft.Extensions.DependencyInjection;

namespace GridFlow.Benchmarks.Assessment.Loading;

/// <summary>
/// The accounts the upload phase signs in with, made the way the demo seeder makes its inspector: the host's
/// <see cref="AccountProvisioner"/> (Identity: hashed password, normalised name, role) and the Regions importer's link
/// from the inspector back to the account. Before the facts, so the patrols those inspectors recorded name them.
/// </summary>
public static class UploadAccounts
{
    public static async Task ProvisionAsync(IServiceProvider services, ProvinceLayout layout, ProvinceIds ids)
    {
        foreach (var inspector in ids.UploadInspectors)
        {
            await using var scope = services.CreateAsyncScope();
            var accounts = scope.ServiceProvider.GetRequiredService<AccountProvisioner>();
            var (userId, _) = await accounts.EnsureAsync(new NewAccount(
                ProvinceIds.InspectorUserName(inspector), InspectorNames.For(inspector), null, Roles.Inspector,
                ids.Townships[layout.TownshipOfGrid(inspector)], ids.Inspectors[inspector], AccountLoader.Password));
            await scope.ServiceProvider.GetRequiredService<RegionImporter>().LinkAccountAsync(ids.Inspectors[inspector], userId, CancellationToken.None);
            ids.InspectorUserIds[inspector] = userId;
        }
    }

    /// <summary>Creates the API's roles (the bench host seeds no demo data, which is where they are made otherwise).</summary>
    public static async Task AddRolesAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountProvisioner>().AddRolesAsync();
    }
}
