using GridFlow.Accounts.Scoping;

namespace GridFlow.Attachments.Contracts;

/// <summary>
/// Who besides its uploader may read a photo: the modules that use photos (an issue's tasks, later patrols and
/// pollution sources) each say whether the caller may see something that uses it. Attachments asks every one.
/// </summary>
public interface IAttachmentReaders
{
    /// <summary>True when something that uses <paramref name="attachmentId"/> is visible to <paramref name="caller"/>.</summary>
    Task<bool> MayReadAsync(Caller caller, Guid attachmentId, CancellationToken cancellationToken);
}
