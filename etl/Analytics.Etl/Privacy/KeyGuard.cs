using Analytics.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Etl.Privacy;

/// <summary>
/// Keeps one pseudonym key per warehouse: the first load records the key's fingerprint; a load
/// with another key (a lost key file replaced by a new one, another configured secret) is refused
/// before anything is read, since every person would become a new one.
/// </summary>
public static class KeyGuard
{
    /// <summary>Checks (and on the first load records) the key; throws <see cref="PseudonymKeyException"/> on a different key.</summary>
    /// <param name="connection">The warehouse, read-write.</param>
    /// <param name="pseudonymizer">The key in use.</param>
    /// <param name="newKeyFile">Whether the key file was created just now (no key was known before).</param>
    public static void Check(DuckDBConnection connection, Pseudonymizer pseudonymizer, bool newKeyFile = false)
    {
        var recorded = connection.Scalar<string>("SELECT max(fingerprint) FROM warehouse_key");
        if (recorded is null)
        {
            var persons = connection.Scalar<long>("SELECT count(*) FROM dim_person");
            if (persons > 0 && newKeyFile)
            {
                throw new PseudonymKeyException(
                    $"The warehouse already holds {persons} persons, but its pseudonym key is missing: a new key file was just created. " +
                    "Nothing was loaded. Put the key file back beside the warehouse (or set Privacy:PseudonymKey to the key in use so far) and delete the new one; see docs/privacy.md.");
            }
            connection.Execute("INSERT INTO warehouse_key (fingerprint, recorded_at) VALUES ($f, now())", ("f", pseudonymizer.Fingerprint));
            return;
        }
        if (recorded != pseudonymizer.Fingerprint)
        {
            throw new PseudonymKeyException(
                "The pseudonym key is not the key this warehouse was loaded with: every person would become a new one. Nothing was loaded. " +
                "Restore the key used so far (the backed-up pseudonym.key beside the warehouse, or the configured Privacy:PseudonymKey); see docs/privacy.md.");
        }
    }
}
