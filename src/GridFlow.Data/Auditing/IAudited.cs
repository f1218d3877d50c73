namespace GridFlow.Data.Auditing;

/// <summary>Marks an entity whose every change is written to the audit log.</summary>
public interface IAudited;
