namespace Analytics.App.Options;

/// <summary>The <c>Privacy</c> section.</summary>
public sealed class PrivacyOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Privacy";

    /// <summary>The secret of the person pseudonyms (null: a key file beside the warehouse).</summary>
    public string? PseudonymKey { get; set; }

    /// <summary>The smallest published denominator.</summary>
    public int MinCell { get; set; } = 5;
}
