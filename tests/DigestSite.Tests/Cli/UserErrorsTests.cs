using System.Net;
using System.Net.Sockets;
using DigestSite.Cli;
using DigestSite.Configuration;

namespace DigestSite.Tests.Cli;

/// <summary>How the program's last line of defence tells a user's error from a bug.</summary>
public sealed class UserErrorsTests
{
    [Fact]
    public void A_port_in_use_is_a_user_error_without_a_stack_trace()
    {
        using var first = new TcpListener(IPAddress.Loopback, 0);
        first.Start();
        var port = ((IPEndPoint)first.LocalEndpoint).Port;
        using var second = new TcpListener(IPAddress.Loopback, port);
        var thrown = Assert.ThrowsAny<SocketException>(() => second.Start());

        var error = new StringWriter();
        // Servers wrap the socket error; the wrapper must not hide it.
        var code = UserErrors.Handle(new IOException($"Failed to bind to address http://127.0.0.1:{port}", thrown), error);
        Assert.Equal(2, code);
        Assert.Contains("port is already in use", error.ToString());
        Assert.Contains("--port", error.ToString());
        Assert.DoesNotContain("   at ", error.ToString());
    }

    [Fact]
    public void A_configuration_error_keeps_its_file_and_line()
    {
        var error = new StringWriter();
        Assert.Equal(2, UserErrors.Handle(new ConfigException("statiq.yml", 4, "unknown key 'x'"), error));
        Assert.Equal("statiq.yml:4: error: unknown key 'x'", error.ToString().Trim());
    }

    [Fact]
    public void A_bug_exits_70_with_one_line_and_its_stack_trace_in_a_log_file()
    {
        Exception bug;
        try { throw new InvalidOperationException("sequence contains no elements"); }
        catch (InvalidOperationException e) { bug = e; }

        var error = new StringWriter();
        var code = UserErrors.Handle(bug, error);
        Assert.Equal(70, code);
        Assert.StartsWith("digestsite: internal error: InvalidOperationException: sequence contains no elements", error.ToString());
        Assert.DoesNotContain("   at ", error.ToString());
        Assert.Contains("please report", error.ToString());
        var log = System.Text.RegularExpressions.Regex.Match(error.ToString(), @"The details \(the stack trace\) are in (\S+)\.$", System.Text.RegularExpressions.RegexOptions.Multiline).Groups[1].Value;
        try
        {
            Assert.Contains("   at ", File.ReadAllText(log));
        }
        finally
        {
            File.Delete(log);
        }
    }

    [Fact]
    public void A_bug_shows_its_stack_trace_with_verbose()
    {
        Exception bug;
        try { throw new InvalidOperationException("boom"); }
        catch (InvalidOperationException e) { bug = e; }

        var error = new StringWriter();
        Assert.Equal(70, UserErrors.Handle(bug, error, verbose: true));
        Assert.Contains("   at ", error.ToString());
    }
}
