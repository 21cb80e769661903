/* A bytecode interpreter: a stack machine whose dispatch is one dense switch of 44 cases
 * (gcc emits a jump table for it at -O0 and -O2). Bytecode built in C at run time computes
 * factorials, a prime count by trial division, recursive Fibonacci through CALL/RET, gcd,
 * Collatz lengths and some signed/unsigned arithmetic; every opcode's execution count goes
 * into a checksum.
 */
#include "rt.h"

enum op {
    HALT, PUSH, POP, DUP, SWAP, OVER, ROT, ADD, SUB, MUL, DIV, REM, DIVU, REMU, AND, OR,
    XOR, NOT, NEG, SHL, SHR, SAR, EQ, NE, LT, LTU, GT, LE, GE, JMP, JZ, JNZ, CALL, RET,
    LOAD, STORE, INC, DEC, PRINT, PRINTC, MIN, MAX, ABS, NOP,
    NUM_OPS
};

static const char *const names[NUM_OPS] = {
    "halt", "push", "pop", "dup", "swap", "over", "rot", "add", "sub", "mul", "div", "rem",
    "divu", "remu", "and", "or", "xor", "not", "neg", "shl", "shr", "sar", "eq", "ne", "lt",
    "ltu", "gt", "le", "ge", "jmp", "jz", "jnz", "call", "ret", "load", "store", "inc", "dec",
    "print", "printc", "min", "max", "abs", "nop",
};

static int code[1024];
static int ncode;
static unsigned counts[NUM_OPS];

static int emit(int op)
{
    code[ncode] = op;
    return ncode++;
}
static int emit2(int op, int arg)
{
    int at = emit(op);
    code[ncode++] = arg;
    return at;
}
static void patch(int at)
{
    code[at + 1] = ncode;
}

static int run(int entry, int *vars, int trace_fault)
{
    int stack[256], rstack[256];
    int sp = 0, rsp = 0, pc = entry, a, b, c;
    unsigned steps = 0;
    for (;;) {
        int op = code[pc++];
        steps++;
        counts[op]++;
        switch (op) {
        case HALT: return sp ? stack[sp - 1] : 0;
        case PUSH: stack[sp++] = code[pc++]; break;
        case POP: sp--; break;
        case DUP: stack[sp] = stack[sp - 1]; sp++; break;
        case SWAP: a = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = a; break;
        case OVER: stack[sp] = stack[sp - 2]; sp++; break;
        case ROT: a = stack[sp - 3]; stack[sp - 3] = stack[sp - 2]; stack[sp - 2] = stack[sp - 1]; stack[sp - 1] = a; break;
        case ADD: sp--; stack[sp - 1] += stack[sp]; break;
        case SUB: sp--; stack[sp - 1] -= stack[sp]; break;
        case MUL: sp--; stack[sp - 1] *= stack[sp]; break;
        case DIV: sp--; stack[sp - 1] = stack[sp] ? stack[sp - 1] / stack[sp] : -1; break;
        case REM: sp--; stack[sp - 1] = stack[sp] ? stack[sp - 1] % stack[sp] : stack[sp - 1]; break;
        case DIVU: sp--; stack[sp - 1] = stack[sp] ? (int)((unsigned)stack[sp - 1] / (unsigned)stack[sp]) : -1; break;
        case REMU: sp--; stack[sp - 1] = stack[sp] ? (int)((unsigned)stack[sp - 1] % (unsigned)stack[sp]) : stack[sp - 1]; break;
        case AND: sp--; stack[sp - 1] &= stack[sp]; break;
        case OR: sp--; stack[sp - 1] |= stack[sp]; break;
        case XOR: sp--; stack[sp - 1] ^= stack[sp]; break;
        case NOT: stack[sp - 1] = ~stack[sp - 1]; break;
        case NEG: stack[sp - 1] = (int)(0u - (unsigned)stack[sp - 1]); break;
        case SHL: sp--; stack[sp - 1] = (int)((unsigned)stack[sp - 1] << (stack[sp] & 31)); break;
        case SHR: sp--; stack[sp - 1] = (int)((unsigned)stack[sp - 1] >> (stack[sp] & 31)); break;
        case SAR: sp--; stack[sp - 1] >>= (stack[sp] & 31); break;
        case EQ: sp--; stack[sp - 1] = stack[sp - 1] == stack[sp]; break;
        case NE: sp--; stack[sp - 1] = stack[sp - 1] != stack[sp]; break;
        case LT: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp]; break;
        case LTU: sp--; stack[sp - 1] = (unsigned)stack[sp - 1] < (unsigned)stack[sp]; break;
        case GT: sp--; stack[sp - 1] = stack[sp - 1] > stack[sp]; break;
        case LE: sp--; stack[sp - 1] = stack[sp - 1] <= stack[sp]; break;
        case GE: sp--; stack[sp - 1] = stack[sp - 1] >= stack[sp]; break;
        case JMP: pc = code[pc]; break;
        case JZ: a = code[pc++]; if (!stack[--sp]) pc = a; break;
        case JNZ: a = code[pc++]; if (stack[--sp]) pc = a; break;
        case CALL: rstack[rsp++] = pc + 1; pc = code[pc]; break;
        case RET: pc = rstack[--rsp]; break;
        case LOAD: stack[sp++] = vars[code[pc++]]; break;
        case STORE: vars[code[pc++]] = stack[--sp]; break;
        case INC: stack[sp - 1]++; break;
        case DEC: stack[sp - 1]--; break;
        case PRINT: put_int(stack[--sp]); put_char(' '); break;
        case PRINTC: put_char((char)stack[--sp]); break;
        case MIN: sp--; b = stack[sp]; c = stack[sp - 1]; stack[sp - 1] = b < c ? b : c; break;
        case MAX: sp--; b = stack[sp]; c = stack[sp - 1]; stack[sp - 1] = b > c ? b : c; break;
        case ABS: if (stack[sp - 1] < 0) stack[sp - 1] = -stack[sp - 1]; break;
        case NOP: break;
        default:
            if (trace_fault) {
                put_str("bad opcode ");
                put_int(op);
                put_nl();
            }
            return -1;
        }
        if (sp < 0 || sp > 250 || rsp < 0 || rsp > 250) {
            put_str("stack out of range\n");
            return -2;
        }
    }
    (void)steps;
}

/* vars[0] = n → n! (wrapping) */
static int gen_factorial(void)
{
    int entry = ncode, loop, exit;
    emit2(PUSH, 1);
    emit2(STORE, 1);
    loop = ncode;
    emit2(LOAD, 0);
    exit = emit2(JZ, 0);
    emit2(LOAD, 1);
    emit2(LOAD, 0);
    emit(MUL);
    emit2(STORE, 1);
    emit2(LOAD, 0);
    emit(DEC);
    emit2(STORE, 0);
    emit2(JMP, loop);
    patch(exit);
    emit2(LOAD, 1);
    emit(HALT);
    return entry;
}

/* primes below vars[0], by trial division; prints those above vars[0] - 60 */
static int gen_primes(void)
{
    int entry = ncode, outer, inner, done, composite, next, skip;
    emit2(PUSH, 0);
    emit2(STORE, 3); /* count */
    emit2(PUSH, 2);
    emit2(STORE, 1); /* n */
    outer = ncode;
    emit2(LOAD, 1);
    emit2(LOAD, 0);
    emit(LT);
    done = emit2(JZ, 0);
    emit2(PUSH, 2);
    emit2(STORE, 2); /* d */
    inner = ncode;
    emit2(LOAD, 2);
    emit(DUP);
    emit(MUL);
    emit2(LOAD, 1);
    emit(GT);
    next = emit2(JNZ, 0); /* d*d > n: prime */
    emit2(LOAD, 1);
    emit2(LOAD, 2);
    emit(REM);
    composite = emit2(JZ, 0);
    emit2(LOAD, 2);
    emit(INC);
    emit2(STORE, 2);
    emit2(JMP, inner);
    patch(next);
    emit2(LOAD, 3);
    emit(INC);
    emit2(STORE, 3);
    emit2(LOAD, 1);
    emit2(LOAD, 0);
    emit2(PUSH, 60);
    emit(SUB);
    emit(LE);
    skip = emit2(JNZ, 0);
    emit2(LOAD, 1);
    emit(PRINT);
    patch(skip);
    patch(composite);
    emit2(LOAD, 1);
    emit(INC);
    emit2(STORE, 1);
    emit2(JMP, outer);
    patch(done);
    emit2(PUSH, '\n');
    emit(PRINTC);
    emit2(LOAD, 3);
    emit(HALT);
    return entry;
}

/* fib(n) with n on the stack, recursive through CALL/RET */
static int gen_fib(void)
{
    int fn, base, entry;
    int skip = emit2(JMP, 0);
    fn = ncode;
    emit(DUP);
    emit2(PUSH, 2);
    emit(LT);
    base = emit2(JNZ, 0);
    emit(DUP);
    emit(DEC);
    emit2(CALL, fn);
    emit(SWAP);
    emit2(PUSH, 2);
    emit(SUB);
    emit2(CALL, fn);
    emit(ADD);
    patch(base);
    emit(RET);
    patch(skip);
    entry = ncode;
    emit2(LOAD, 0);
    emit2(CALL, fn);
    emit(HALT);
    return entry;
}

/* gcd(vars[0], vars[1]) by remainders, then Collatz length of vars[2] */
static int gen_gcd_collatz(void)
{
    int entry = ncode, loop, done, cloop, cdone, even, join;
    loop = ncode;
    emit2(LOAD, 1);
    done = emit2(JZ, 0);
    emit2(LOAD, 0);
    emit2(LOAD, 1);
    emit(REMU);
    emit2(LOAD, 1);
    emit2(STORE, 0);
    emit2(STORE, 1);
    emit2(JMP, loop);
    patch(done);
    emit2(LOAD, 0);
    emit(PRINT);
    emit2(PUSH, 0);
    emit2(STORE, 3);
    cloop = ncode;
    emit2(LOAD, 2);
    emit2(PUSH, 1);
    emit(NE);
    cdone = emit2(JZ, 0);
    emit2(LOAD, 2);
    emit2(PUSH, 1);
    emit(AND);
    even = emit2(JZ, 0);
    emit2(LOAD, 2);
    emit2(PUSH, 3);
    emit(MUL);
    emit(INC);
    join = emit2(JMP, 0);
    patch(even);
    emit2(LOAD, 2);
    emit2(PUSH, 1);
    emit(SHR);
    patch(join);
    emit2(STORE, 2);
    emit2(LOAD, 3);
    emit(INC);
    emit2(STORE, 3);
    emit2(JMP, cloop);
    patch(cdone);
    emit2(LOAD, 3);
    emit(HALT);
    return entry;
}

/* a straight line through the remaining opcodes */
static int gen_misc(void)
{
    int entry = ncode;
    emit2(PUSH, -7);
    emit(ABS);
    emit2(PUSH, 3);
    emit(OVER);
    emit(ROT);
    emit(MAX);
    emit(MIN);
    emit(PRINT);
    emit2(PUSH, -100);
    emit2(PUSH, 7);
    emit(DIV);
    emit(PRINT);
    emit2(PUSH, -100);
    emit2(PUSH, 7);
    emit(DIVU);
    emit(PRINT);
    emit2(PUSH, -100);
    emit2(PUSH, 7);
    emit(REMU);
    emit(PRINT);
    emit2(PUSH, -100);
    emit2(PUSH, 3);
    emit(SAR);
    emit(PRINT);
    emit2(PUSH, 0x0ff0);
    emit2(PUSH, 0x3c3c);
    emit(XOR);
    emit2(PUSH, 0x1111);
    emit(OR);
    emit(NOT);
    emit(NEG);
    emit2(PUSH, 4);
    emit(SHL);
    emit(PRINT);
    emit2(PUSH, -1);
    emit2(PUSH, 1);
    emit(LTU);
    emit2(PUSH, 5);
    emit2(PUSH, 5);
    emit(GE);
    emit(ADD);
    emit2(PUSH, 5);
    emit2(PUSH, 6);
    emit(EQ);
    emit(ADD);
    emit(NOP);
    emit2(PUSH, 9);
    emit(POP);
    emit(PRINT);
    emit2(PUSH, '\n');
    emit(PRINTC);
    emit2(PUSH, 77);
    emit(HALT);
    return entry;
}

int main(int argc, char **argv)
{
    int vars[8] = {0};
    int f, p, fb, g, m, r, i;
    unsigned check = 0, total = 0;
    (void)argc;
    (void)argv;

    f = gen_factorial();
    p = gen_primes();
    fb = gen_fib();
    g = gen_gcd_collatz();
    m = gen_misc();
    put_kv("bytecode words", ncode);

    for (i = 1; i <= 13; i += 4) {
        vars[0] = i;
        put_str("fact(");
        put_int(i);
        put_str(") = ");
        put_int(run(f, vars, 1));
        put_nl();
    }
    vars[0] = 1000;
    put_str("primes: ");
    r = run(p, vars, 1);
    put_kv("primes below 1000", r);
    vars[0] = 17;
    put_kv("fib(17)", run(fb, vars, 1));
    vars[0] = 1071;
    vars[1] = 462;
    vars[2] = 27;
    put_str("gcd: ");
    r = run(g, vars, 1);
    put_nl();
    put_kv("collatz(27)", r);
    put_str("misc: ");
    r = run(m, vars, 1);
    put_kv("misc result", r);

    code[ncode] = 200;
    put_kv("bad opcode result", run(ncode, vars, 1));

    for (i = 0; i < NUM_OPS; i++) {
        check = check * 31 + counts[i];
        total += counts[i];
        if (!counts[i]) {
            put_str("never ran: ");
            put_str(names[i]);
            put_nl();
        }
    }
    put_kv("instructions", (int)total);
    put_kx("histogram", check);
    return (int)(total % 200) + 1;
}
