/* Two small interpreters: a stack-based bytecode VM (switch dispatch) running factorial,
 * a loop and a call, and a Brainfuck interpreter printing a greeting. */
#include "rt.h"

enum {
    PUSH, POP, DUP, SWAP, OVER, ADD, SUB, MUL, DIV, MOD, LT, EQ, JMP, JZ, JNZ,
    CALL, RET, LOAD, STORE, PRINT, EMIT, HALT,
};

static const char *const opnames[] = {
    "PUSH", "POP", "DUP", "SWAP", "OVER", "ADD", "SUB", "MUL", "DIV", "MOD", "LT", "EQ", "JMP", "JZ", "JNZ",
    "CALL", "RET", "LOAD", "STORE", "PRINT", "EMIT", "HALT",
};

struct vm {
    int stack[64];
    int sp;
    int rstack[16];
    int rsp;
    int vars[8];
    long steps;
};

static int run(struct vm *m, const int *code)
{
    int pc = 0;
    for (;;) {
        int op = code[pc++];
        int a, b;
        m->steps++;
        switch (op) {
        case PUSH: m->stack[m->sp++] = code[pc++]; break;
        case POP: m->sp--; break;
        case DUP: m->stack[m->sp] = m->stack[m->sp - 1]; m->sp++; break;
        case SWAP: a = m->stack[m->sp - 1]; m->stack[m->sp - 1] = m->stack[m->sp - 2]; m->stack[m->sp - 2] = a; break;
        case OVER: m->stack[m->sp] = m->stack[m->sp - 2]; m->sp++; break;
        case ADD: b = m->stack[--m->sp]; m->stack[m->sp - 1] += b; break;
        case SUB: b = m->stack[--m->sp]; m->stack[m->sp - 1] -= b; break;
        case MUL: b = m->stack[--m->sp]; m->stack[m->sp - 1] *= b; break;
        case DIV: b = m->stack[--m->sp]; m->stack[m->sp - 1] /= b; break;
        case MOD: b = m->stack[--m->sp]; m->stack[m->sp - 1] %= b; break;
        case LT: b = m->stack[--m->sp]; m->stack[m->sp - 1] = m->stack[m->sp - 1] < b; break;
        case EQ: b = m->stack[--m->sp]; m->stack[m->sp - 1] = m->stack[m->sp - 1] == b; break;
        case JMP: pc = code[pc]; break;
        case JZ: a = code[pc++]; if (!m->stack[--m->sp]) pc = a; break;
        case JNZ: a = code[pc++]; if (m->stack[--m->sp]) pc = a; break;
        case CALL: m->rstack[m->rsp++] = pc + 1; pc = code[pc]; break;
        case RET: pc = m->rstack[--m->rsp]; break;
        case LOAD: m->stack[m->sp++] = m->vars[code[pc++]]; break;
        case STORE: m->vars[code[pc++]] = m->stack[--m->sp]; break;
        case PRINT: put_int(m->stack[--m->sp]); put_char(' '); break;
        case EMIT: put_char((char)m->stack[--m->sp]); break;
        case HALT: return m->sp ? m->stack[m->sp - 1] : 0;
        default:
            put_str("bad opcode ");
            put_int(op);
            put_nl();
            return -1;
        }
    }
}

/* factorial(n) for n = 1..10, printing each, through a subroutine; then newline, 42 */
static const int program[] = {
    /* 0 */ PUSH, 1, STORE, 0,                       /* i = 1 */
    /* 4 */ LOAD, 0, PUSH, 11, LT, JZ, 25,           /* while (i < 11) { */
    /* 11 */ LOAD, 0, CALL, 33, PRINT,               /*   print(fact(i)) */
    /* 16 */ LOAD, 0, PUSH, 1, ADD, STORE, 0, JMP, 4, /*   i++ } */
    /* 25 */ PUSH, 10, EMIT, PUSH, 42, HALT, HALT, HALT,
    /* 33: fact(n): acc = 1; while (n) { acc *= n; n--; } return acc */
    /* 33 */ STORE, 1, PUSH, 1, STORE, 2,
    /* 39 */ LOAD, 1, JZ, 59,
    /* 43 */ LOAD, 2, LOAD, 1, MUL, STORE, 2, LOAD, 1, PUSH, 1, SUB, STORE, 1, JMP, 39,
    /* 59 */ LOAD, 2, RET,
};

static void disasm(const int *code, int n)
{
    for (int pc = 0; pc < n && pc < 12;) {
        int op = code[pc];
        put_str(opnames[op]);
        pc++;
        if (op == PUSH || op == JMP || op == JZ || op == JNZ || op == CALL || op == LOAD || op == STORE) {
            put_char(' ');
            put_int(code[pc++]);
        }
        put_str("; ");
    }
    put_nl();
}

static char tape[256];

static void brainfuck(const char *prog)
{
    unsigned char *p = (unsigned char *)tape;
    const char *ip = prog;
    while (*ip) {
        switch (*ip) {
        case '>': p++; break;
        case '<': p--; break;
        case '+': (*p)++; break;
        case '-': (*p)--; break;
        case '.': put_char((char)*p); break;
        case '[':
            if (!*p) {
                int depth = 1;
                while (depth) {
                    ip++;
                    depth += *ip == '[' ? 1 : *ip == ']' ? -1 : 0;
                }
            }
            break;
        case ']':
            if (*p) {
                int depth = 1;
                while (depth) {
                    ip--;
                    depth += *ip == ']' ? 1 : *ip == '[' ? -1 : 0;
                }
            }
            break;
        default:
            break;
        }
        ip++;
    }
}

int main(void)
{
    static int code[80];
    int n = (int)(sizeof program / sizeof program[0]);
    for (int i = 0; i < n; i++)
        code[i] = program[i];
    disasm(code, n);
    struct vm m;
    memset(&m, 0, sizeof m);
    int result = run(&m, code);
    put_kv("result", result);
    put_kv("steps", (int)m.steps);
    brainfuck("++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++.");
    return result;
}
