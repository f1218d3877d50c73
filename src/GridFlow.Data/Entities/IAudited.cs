namespace GridFlow.Data.Entities;

/// <summary>Marks an entity whose every change is written to the audit log.</summary>
public interface IAudited;
