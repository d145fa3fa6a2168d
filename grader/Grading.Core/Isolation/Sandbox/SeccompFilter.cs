using System.Runtime.InteropServices;

namespace Grading.Core.Isolation.Sandbox;

/// <summary>
/// A seccomp filter (classic BPF, as bubblewrap's <c>--seccomp</c> takes it) for x86-64 workers. It refuses
/// with EPERM the system calls a numerical submission never needs and a sandbox escape usually does:
/// namespaces and mounts (a nested user namespace is the classic first step of a kernel exploit),
/// tracing and reading other processes' memory, keyrings, eBPF, perf, userfaultfd and io_uring, kernel
/// modules, clocks and the machine's state. <c>clone</c> is allowed except with a namespace flag; <c>clone3</c>
/// answers ENOSYS, whose flags a filter cannot read, so the C library falls back to <c>clone</c>. Other
/// architectures' calling conventions (32-bit, x32) kill the process: their numbers differ.
/// </summary>
public static class SeccompFilter
{
    private const uint AuditArchX8664 = 0xC000003E;
    private const uint X32Bit = 0x40000000;
    private const uint Allow = 0x7FFF0000;
    private const uint KillProcess = 0x80000000;
    private const uint Errno = 0x00050000;
    private const uint Eperm = 1;
    private const uint Enosys = 38;
    private const uint Clone = 56;
    private const uint Clone3 = 435;
    // CLONE_NEWNS | NEWCGROUP | NEWUTS | NEWIPC | NEWUSER | NEWPID | NEWNET
    private const uint NamespaceFlags = 0x7E020000;

    private static readonly (uint Number, string Name)[] Refused =
    [
        (101, "ptrace"), (310, "process_vm_readv"), (311, "process_vm_writev"), (312, "kcmp"), (438, "pidfd_getfd"),
        (165, "mount"), (166, "umount2"), (155, "pivot_root"), (161, "chroot"), (272, "unshare"), (308, "setns"),
        (428, "open_tree"), (429, "move_mount"), (430, "fsopen"), (431, "fsconfig"), (432, "fsmount"), (433, "fspick"), (442, "mount_setattr"),
        (303, "name_to_handle_at"), (304, "open_by_handle_at"), (300, "fanotify_init"),
        (248, "add_key"), (249, "request_key"), (250, "keyctl"), (321, "bpf"), (298, "perf_event_open"), (323, "userfaultfd"),
        (425, "io_uring_setup"), (426, "io_uring_enter"), (427, "io_uring_register"),
        (175, "init_module"), (313, "finit_module"), (176, "delete_module"), (246, "kexec_load"), (320, "kexec_file_load"),
        (135, "personality"), (163, "acct"), (167, "swapon"), (168, "swapoff"), (169, "reboot"), (172, "iopl"), (173, "ioperm"),
        (227, "clock_settime"), (164, "settimeofday"), (305, "clock_adjtime"), (159, "adjtimex"), (103, "syslog"), (153, "vhangup"),
        (179, "quotactl"), (134, "uselib"), (139, "sysfs"), (212, "lookup_dcookie"),
    ];

    /// <summary>Whether the filter fits this machine (its numbers are x86-64's).</summary>
    public static bool Supported => OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.X64;

    /// <summary>How many system calls it refuses outright (clone with namespace flags and clone3 besides).</summary>
    public static int RefusedCount => Refused.Length;

    /// <summary>The filter program, as <c>struct sock_filter</c>s in the machine's byte order.</summary>
    public static byte[] Program()
    {
        var program = new List<(ushort Code, string? True, string? False, uint K)>
        {
            (Load, null, null, 4),                                   // seccomp_data.arch
            (JumpIfEqual, null, "kill", AuditArchX8664),
            (Load, null, null, 0),                                   // seccomp_data.nr
            (JumpIfGreaterOrEqual, "kill", null, X32Bit),
            (JumpIfEqual, "enosys", null, Clone3),
            (JumpIfEqual, "clone", null, Clone),
        };
        program.AddRange(Refused.Select(call => (JumpIfEqual, (string?)"eperm", (string?)null, call.Number)));
        var labels = new Dictionary<string, int>();
        void Label(string name) => labels[name] = program.Count;
        program.Add((Return, null, null, Allow));
        Label("clone");
        program.Add((Load, null, null, 16));                         // seccomp_data.args[0], low 32 bits
        program.Add((JumpIfAnyBit, "eperm", null, NamespaceFlags));
        program.Add((Return, null, null, Allow));
        Label("eperm");
        program.Add((Return, null, null, Errno | Eperm));
        Label("enosys");
        program.Add((Return, null, null, Errno | Enosys));
        Label("kill");
        program.Add((Return, null, null, KillProcess));

        var bytes = new byte[program.Count * 8];
        for (int i = 0; i < program.Count; i++)
        {
            var (code, whenTrue, whenFalse, k) = program[i];
            // Jumps are forward only, counted from the next instruction.
            byte Offset(string? label) => label is null ? (byte)0 : checked((byte)(labels[label] - i - 1));
            BitConverter.TryWriteBytes(bytes.AsSpan(i * 8), code);
            bytes[i * 8 + 2] = Offset(whenTrue);
            bytes[i * 8 + 3] = Offset(whenFalse);
            BitConverter.TryWriteBytes(bytes.AsSpan(i * 8 + 4), k);
        }
        return bytes;
    }

    private const ushort Load = 0x20;                 // BPF_LD | BPF_W | BPF_ABS
    private const ushort JumpIfEqual = 0x15;          // BPF_JMP | BPF_JEQ | BPF_K
    private const ushort JumpIfGreaterOrEqual = 0x35; // BPF_JMP | BPF_JGE | BPF_K
    private const ushort JumpIfAnyBit = 0x45;         // BPF_JMP | BPF_JSET | BPF_K
    private const ushort Return = 0x06;               // BPF_RET | BPF_K
}
