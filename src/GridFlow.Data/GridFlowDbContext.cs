using GridFlow.Data.Accounts;
using GridFlow.Data.Assessments;
using GridFlow.Data.Attachments;
using GridFlow.Data.Notifications;
using GridFlow.Data.Regions;
using GridFlow.Data.Workflows.Management;
using GridFlow.Data.Workflows.Runtime;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace GridFlow.Data;

/// <summary>
/// The one database of GridFlow, with one migration history: every module's tables, each entity in its owning module's
/// folder of this project (<c>Accounts/</c>, <c>Regions/</c>, <c>Attachments/</c>, <c>Workflows/Management/</c>,
/// <c>Workflows/Runtime/</c>, <c>Notifications/</c>, <c>Assessments/</c>; the audit log in <c>Auditing/</c>). A module uses only its own sets;
/// it reaches another module's data through that module's contract (docs/architecture.md has the owners).
/// </summary>
public class GridFlowDbContext(DbContextOptions<GridFlowDbContext> options)
    : IdentityDbContext<GridFlowUser>(options), IDataProtectionKeyContext
{
    public DbSet<Region> Regions => Set<Region>();

    public DbSet<Grid> Grids => Set<Grid>();

    public DbSet<GridAssignment> GridAssignments => Set<GridAssignment>();

    public DbSet<Inspector> Inspectors => Set<Inspector>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public DbSet<LoginFailureStreak> LoginFailureStreaks => Set<LoginFailureStreak>();

    public DbSet<WorkflowDefinitionVersion> WorkflowDefinitions => Set<WorkflowDefinitionVersion>();

    public DbSet<IssueCategory> IssueCategories => Set<IssueCategory>();

    public DbSet<Issue> Issues => Set<Issue>();

    public DbSet<WorkflowInstance> WorkflowInstances => Set<WorkflowInstance>();

    public DbSet<WorkflowTask> WorkflowTasks => Set<WorkflowTask>();

    public DbSet<WorkflowJournalEntry> WorkflowJournal => Set<WorkflowJournalEntry>();

    public DbSet<WorkflowTimer> WorkflowTimers => Set<WorkflowTimer>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<IdempotencyRecord> IdempotencyKeys => Set<IdempotencyRecord>();

    public DbSet<IssueAttachment> IssueAttachments => Set<IssueAttachment>();

    public DbSet<WorkflowIncident> WorkflowIncidents => Set<WorkflowIncident>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<LocalCalendarDay> LocalCalendarDays => Set<LocalCalendarDay>();

    public DbSet<Escalation> Escalations => Set<Escalation>();

    public DbSet<EscalationAction> EscalationActions => Set<EscalationAction>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<EmailMessage> EmailMessages => Set<EmailMessage>();

    public DbSet<NotificationPreference> NotificationPreferences => Set<NotificationPreference>();

    public DbSet<NotificationTemplate> NotificationTemplates => Set<NotificationTemplate>();

    public DbSet<Patrol> Patrols => Set<Patrol>();

    public DbSet<PatrolPoint> PatrolPoints => Set<PatrolPoint>();

    public DbSet<AssessmentSchemeVersion> AssessmentSchemes => Set<AssessmentSchemeVersion>();

    public DbSet<Training> Trainings => Set<Training>();

    public DbSet<TrainingAttendance> TrainingAttendance => Set<TrainingAttendance>();

    public DbSet<PollutionSource> PollutionSources => Set<PollutionSource>();

    public DbSet<PollutionSourceCheckIn> PollutionSourceCheckIns => Set<PollutionSourceCheckIn>();

    public DbSet<PatrolSourcePass> PatrolSourcePasses => Set<PatrolSourcePass>();

    public DbSet<AssessmentRun> AssessmentRuns => Set<AssessmentRun>();

    public DbSet<AssessmentResult> AssessmentResults => Set<AssessmentResult>();

    public DbSet<AssessmentAdjustment> AssessmentAdjustments => Set<AssessmentAdjustment>();
    public DbSet<CrossCheck> CrossChecks => Set<CrossCheck>();

    public DbSet<AssessmentAppeal> AssessmentAppeals => Set<AssessmentAppeal>();

    public DbSet<AssessmentResultRevision> AssessmentResultRevisions => Set<AssessmentResultRevision>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Patrol tracks are PostGIS geometries (Assessments).
        builder.HasPostgresExtension("postgis");
        builder.ApplyConfigurationsFromAssembly(typeof(GridFlowDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so the database reads the same as the API.
        configurationBuilder.Properties<RegionLevel>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<InspectorStatus>().HaveConversion<string>().HaveMaxLength(16);
    }
}
