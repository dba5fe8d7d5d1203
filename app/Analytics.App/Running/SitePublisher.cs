using Analytics.Dashboards;

namespace Analytics.App.Running;

/// <summary>Publishes the site (a seam so that a failing build can be tested).</summary>
public interface ISitePublisher
{
    /// <summary>Builds and swaps in the site; returns index.html.</summary>
    string Publish(string warehouse, string site, string? banner);
}

/// <summary>The real publisher: <see cref="SiteBuilder"/>.</summary>
public sealed class SitePublisher(SiteBuilder builder) : ISitePublisher
{
    /// <inheritdoc />
    public string Publish(string warehouse, string site, string? banner) => builder.Build(warehouse, site, banner);
}
