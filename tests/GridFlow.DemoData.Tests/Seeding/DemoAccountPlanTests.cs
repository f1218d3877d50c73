using GridFlow.Contracts.Accounts;
using GridFlow.DemoData.Seeding;
using GridFlow.DemoData.Tests.Generation;

namespace GridFlow.DemoData.Tests.Seeding;

public class DemoAccountPlanTests
{
    private static readonly IReadOnlyList<DemoAccount> Accounts = DemoAccountPlan.For(GeneratedCity.Liaocheng);

    [Fact]
    public void For_PlansEveryDemoAccountWithItsOwnRole()
    {
        Assert.Equal(DemoAccounts.UserNames, Accounts.Select(a => a.UserName));
        Assert.Equal(Roles.All, Accounts.Select(a => a.Role));
    }

    [Theory]
    [InlineData("admin", "3715", "系统管理员")]
    [InlineData("designer", "3715", "流程设计员")]
    [InlineData("city-supervisor", "3715", "市级督办员")]
    [InlineData("county-supervisor", "371502", "东昌府区督办员")]
    [InlineData("township-officer", "371502001", "古楼街道办事员")]
    public void For_BindsAccountsToTheirRegion(string userName, string regionCode, string displayName)
    {
        var account = Accounts.Single(a => a.UserName == userName);
        Assert.Equal(regionCode, account.RegionCode);
        Assert.Equal(displayName, account.DisplayName);
        Assert.Equal($"{userName}@demo.gridflow.local", account.Email);
        Assert.Null(account.InspectorGridCode);
    }

    [Fact]
    public void For_MakesTheInspectorAccountTheInspectorOfTheFirstGrid()
    {
        var account = Accounts.Single(a => a.UserName == DemoAccounts.Inspector);
        var grid = GeneratedCity.Liaocheng.Grids.Single(g => g.Code == "371502001-G01");
        Assert.Equal(grid.Code, account.InspectorGridCode);
        Assert.Equal("371502001", account.RegionCode);
        Assert.Equal(grid.Inspector.Name, account.DisplayName);
    }
}
