# cond.s — conditional assembly and symbol assignment.
#   .if/.elseif/.else/.endif (nested), .ifdef/.ifndef, .ifeq/.ifne/.ifge/.ifgt/.ifle/.iflt,
#   .ifb/.ifnb, .ifc/.ifnc, .ifeqs/.ifnes, and .equ/.set/=/.equiv (with redefinition by .set).
# Each true branch sets one bit in the result; the program exits with the number of
# correct bits (expected: every check passes -> exit status 24).

        .equ    VERSION, 3
        .set    FEATURES, 0x5
        DEBUG = 0
        .equiv  MAX_ITEMS, 16
        .set    counter, 0
        .set    counter, counter + 1    # .set may redefine
        counter = counter + 1           # and so may =
        .equ    bits, 0

        .macro  pass
        .set    bits, bits + 1
        .endm

        .if     VERSION == 3
        pass
        .elseif VERSION == 2
        .error  "wrong branch"
        .else
        .error  "wrong branch"
        .endif

        .if     VERSION > 5
        .error  "wrong branch"
        .elseif VERSION >= 3 && (FEATURES & 4)
        pass
        .else
        .error  "wrong branch"
        .endif

        .if     DEBUG
        .error  "wrong branch"
        .else
        pass
        .if     MAX_ITEMS / 4 == 4      # nested
        pass
        .if     counter - 2
        .error  "wrong branch"
        .else
        pass
        .endif
        .endif
        .endif

        .ifdef  VERSION
        pass
        .endif
        .ifdef  NOT_DEFINED
        .error  "wrong branch"
        .endif
        .ifndef NOT_DEFINED
        pass
        .else
        .error  "wrong branch"
        .endif

        .ifeq   DEBUG
        pass
        .endif
        .ifne   FEATURES & 1
        pass
        .endif
        .ifge   VERSION - 3
        pass
        .endif
        .ifgt   VERSION - 3
        .error  "wrong branch"
        .else
        pass
        .endif
        .ifle   -1
        pass
        .endif
        .iflt   0
        .error  "wrong branch"
        .endif

        .macro  check_blank arg
        .ifb    \arg
        pass
        .endif
        .ifnb   \arg
        pass
        .endif
        .endm
        check_blank
        check_blank x

        .macro  check_c a, b
        .ifc    \a, \b
        pass
        .endif
        .ifnc   \a, \b
        pass
        .endif
        .endm
        check_c abc, abc
        check_c abc, abd

        .ifc    "quoted", "quoted"
        pass
        .endif
        .ifeqs  "text", "text"
        pass
        .endif
        .ifnes  "text", "Text"
        pass
        .endif

        .if     !DEBUG && ~FEATURES & 2 || 0
        pass
        .endif
        .if     (VERSION << 2) % 5 == 2 ^ 0
        pass
        .endif
        .if     -VERSION < 0
        pass
        .endif
        # GNU as: a true comparison is -1, not 1
        .if     (FEATURES > 4) + (FEATURES < 4) + (FEATURES != 5) + (FEATURES <> 5) == -1
        pass
        .endif

        .ifdef  late_label              # not yet defined here
        .error  "wrong branch"
        .endif
late_label:
        .ifdef  late_label              # defined now
        pass
        .endif

        .text
        .globl  _start
_start:
        li      a0, bits
        li      a7, 93
        ecall
