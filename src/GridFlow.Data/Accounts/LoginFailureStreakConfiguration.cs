namespace GridFlow.Data.Accounts;

internal sealed class LoginFailureStreakConfiguration : IEntityTypeConfiguration<LoginFailureStreak>
{
    public void Configure(EntityTypeBuilder<LoginFailureStreak> streak)
    {
        streak.ToTable("login_failure_streaks");
        streak.HasKey(s => new { s.ClientAddress, s.UserName });
        streak.Property(s => s.ClientAddress).HasMaxLength(64);
        streak.Property(s => s.UserName).HasMaxLength(256);
    }
}
