using GridFlow.Contracts.Accounts;
using GridFlow.DemoData.Generation;

namespace GridFlow.DemoData.Seeding;

/// <summary>Which account gets which role and region: city level, 东昌府区, its first township and first grid.</summary>
internal static class DemoAccountPlan
{
    public static IReadOnlyList<DemoAccount> For(DemoCity city)
    {
        var county = city.Counties.Single(c => c.Code == DemoAccounts.CountyCode);
        var township = county.Townships.MinBy(t => t.Code, StringComparer.Ordinal)!;
        var grid = township.Grids.MinBy(g => g.Code, StringComparer.Ordinal)!;
        return
        [
            new(DemoAccounts.Admin, Roles.Admin, "系统管理员", city.Code),
            new(DemoAccounts.Designer, Roles.Designer, "流程设计员", city.Code),
            new(DemoAccounts.CitySupervisor, Roles.CitySupervisor, "市级督办员", city.Code),
            new(DemoAccounts.CountySupervisor, Roles.CountySupervisor, $"{county.Name}督办员", county.Code),
            new(DemoAccounts.TownshipOfficer, Roles.TownshipOfficer, $"{township.Name}办事员", township.Code),
            new(DemoAccounts.Inspector, Roles.Inspector, grid.Inspector.Name, township.Code, grid.Code),
        ];
    }
}
