using GridFlow.Data.Extensions;
using Microsoft.EntityFrameworkCore.Design;

namespace GridFlow.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the host.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<GridFlowDbContext>
{
    public GridFlowDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<GridFlowDbContext>()
            .UseGridFlowNpgsql("Host=localhost;Database=gridflow_design")
            .AddInterceptors(new AuditInterceptor(new SystemAuditActor(), TimeProvider.System))
            .Options);
}
