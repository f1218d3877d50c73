namespace GridFlow.Data.Accounts;

internal sealed class RefreshTokenConfiguration : IEntityTypeConfiguration<RefreshToken>
{
    public void Configure(EntityTypeBuilder<RefreshToken> token)
    {
        token.ToTable("refresh_tokens");
        token.Property(t => t.UserId).HasMaxLength(450);
        token.Property(t => t.SecurityStamp).HasMaxLength(256);
        // A refresh finds its row by the hash alone; unique, so two tokens can never share a row.
        token.HasIndex(t => t.TokenHash).IsUnique();
        // Revoking a session and the per-request session check read a family.
        token.HasIndex(t => t.FamilyId);
        token.HasOne<GridFlowUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        // ReplacedById is the rotation's trail, not a foreign key: a key would need an index on it for every delete
        // of the clean-up, and nothing joins on it.
    }
}
