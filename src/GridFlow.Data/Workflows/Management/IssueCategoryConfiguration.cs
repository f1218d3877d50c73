namespace GridFlow.Data.Workflows.Management;

internal sealed class IssueCategoryConfiguration : IEntityTypeConfiguration<IssueCategory>
{
    public void Configure(EntityTypeBuilder<IssueCategory> category)
    {
        category.ToTable("issue_categories");
        category.HasKey(c => c.Code);
        category.Property(c => c.Code).HasMaxLength(64);
        category.Property(c => c.Name).HasMaxLength(128);
        category.Property(c => c.WorkflowDefinitionId).HasMaxLength(64);
    }
}
