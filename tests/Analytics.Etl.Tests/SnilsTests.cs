using Analytics.Contract;
using Analytics.Etl.Privacy;
using Analytics.Etl.Tests.Support;
using Analytics.Generator;

namespace Analytics.Etl.Tests;

/// <summary>The СНИЛС rules of the contract, as the loader runs them (SQL generated from the declaration).</summary>
public class SnilsTests
{
    private static readonly ColumnSpec Column = DataContract.Teachers.Column("snils");

    // 1·9 + 1·8 + 2·7 + 2·6 + 3·5 + 3·4 + 4·3 + 4·2 + 5·1 = 95 < 100 → checksum 95.
    [InlineData("112-233-445 95", "11223344595")]
    // 1·9 + 2·8 + 3·7 + 4·6 + 5·5 + 6·4 + 7·3 + 8·2 + 9·1 = 165 > 101 → 165 mod 101 = 64.
    [InlineData("12345678964", "12345678964")]
    // 0·9 + 1·8 + 2·7 + 3·6 + 4·5 + 5·4 + 6·3 + 7·2 + 8·1 = 120 → 19; Excel dropped the leading zero.
    [InlineData("1234567819", "01234567819")]
    // Numbers up to 001-001-998 are not checked.
    [InlineData("001-001-998 00", "00100199800")]
    [Theory]
    public void AValidSnilsIsNormalizedToElevenDigits(string input, string expected)
    {
        CellRules.Check(Column, input).Should().Equal((expected, (string?)null));
    }

    [InlineData("112-233-445 96", "неверная контрольная сумма СНИЛС")]
    [InlineData("123-456-789 65", "неверная контрольная сумма СНИЛС")]
    [InlineData("12-34", "СНИЛС должен содержать 11 цифр")]
    [InlineData("112233445951", "СНИЛС должен содержать 11 цифр")]
    [InlineData("112-233-445/95", "СНИЛС содержит недопустимые символы (ожидается 123-456-789 01 или 12345678901)")]
    [Theory]
    public void AMalformedOrWrongSnilsIsRefusedWithItsReason(string input, string reason)
    {
        CellRules.Check(Column, input).Single().Reason.Should().Be(reason);
    }

    [InlineData(99, 99)]
    [InlineData(100, 0)]
    [InlineData(101, 0)]
    [InlineData(102, 1)]
    [InlineData(201, 0)] // 201 mod 101 = 100 → 00
    [InlineData(202, 0)]
    [InlineData(250, 48)]
    [Theory]
    public void TheChecksumFollowsTheContractRule(int sum, int checksum) =>
        SnilsNumbers.Checksum(sum).Should().Be(checksum);

    [Fact]
    public void TheLoaderAcceptsEveryNumberTheChecksumRuleMakesAndRefusesItWithAnyOtherChecksum()
    {
        // Nine-digit numbers over the whole range, their weighted sums covering 100, 101 and the multiples of 101.
        var numbers = Enumerable.Range(0, 3000).Select(i => 1_002_000 + i * 331_331).ToList();
        var valid = numbers.Select(SnilsNumbers.FromNumber).ToList();
        var wrong = valid.Select(s => s[..9] + ((int.Parse(s[9..], System.Globalization.CultureInfo.InvariantCulture) + 1) % 100).ToString("D2", System.Globalization.CultureInfo.InvariantCulture)).ToList();

        CellRules.Check(Column, [.. valid]).Should().OnlyContain(r => r.Reason == null);
        CellRules.Check(Column, [.. wrong]).Should().OnlyContain(r => r.Reason == "неверная контрольная сумма СНИЛС");
        valid.Select(s => s[9..]).Should().Contain("00");
    }

    [Fact]
    public void ThePseudonymComputedInDuckDbIsTheOneComputedInCSharp()
    {
        using var p = new Pseudonymizer("key-a"u8.ToArray());
        using var connection = new DuckDB.NET.Data.DuckDBConnection("DataSource=:memory:");
        connection.Open();
        p.Register(connection);
        Analytics.Warehouse.DuckDbExtensions.Scalar<Guid>(connection, "SELECT pseudonym(1234567819)")
            .Should().Be(p.PersonKey("01234567819"));
    }

    [Fact]
    public void ThePseudonymDependsOnTheKeyAndIsStable()
    {
        using var a = new Pseudonymizer("key-a"u8.ToArray());
        using var b = new Pseudonymizer("key-b"u8.ToArray());
        a.PersonKey("11223344595").Should().Be(a.PersonKey("11223344595"));
        a.PersonKey("11223344595").Should().NotBe(b.PersonKey("11223344595"));
        a.PersonKey("11223344595").Should().NotBe(a.PersonKey("12345678964"));
    }

    [Fact]
    public void TheReusedHmacStateGivesTheSameKeysAsAOneShotHmac()
    {
        using var p = new Pseudonymizer("key-a"u8.ToArray());
        foreach (var snils in new[] { "11223344595", "12345678964", "01234567819", "11223344595" })
        {
            var oneShot = System.Security.Cryptography.HMACSHA256.HashData("key-a"u8, System.Text.Encoding.ASCII.GetBytes(snils));
            p.PersonKey(snils).Should().Be(new Guid(oneShot.AsSpan(0, 16)));
        }
    }
}
