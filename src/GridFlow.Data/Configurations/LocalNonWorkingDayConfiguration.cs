using GridFlow.Data.Entities.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GridFlow.Data.Configurations;

internal sealed class LocalNonWorkingDayConfiguration : IEntityTypeConfiguration<LocalNonWorkingDay>
{
    public void Configure(EntityTypeBuilder<LocalNonWorkingDay> day)
    {
        day.ToTable("local_non_working_days");
        day.HasKey(d => d.Date);
        day.Property(d => d.Reason).HasMaxLength(256);
        day.Property(d => d.CreatedBy).HasMaxLength(256);
    }
}
