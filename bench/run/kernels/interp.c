/* A register-machine bytecode interpreter (switch dispatch through a jump table: indirect jumps
 * every few instructions) running Collatz step counts for 1..N. Prints the total and the longest. */
#include "rt.h"

enum { LI, MOV, ADD, ADDI, ANDI, SHRI, MULI, JZ, JNZ, JEQ, JLT, JMP, HALT };

/* One instruction: op, a, b, c (registers or immediates, by opcode). */
struct insn { int op, a, b, c; };

static int run(const struct insn *code, int *r)
{
    int pc = 0;
    long steps = 0;
    for (;;) {
        const struct insn *i = &code[pc++];
        steps++;
        switch (i->op) {
        case LI: r[i->a] = i->b; break;
        case MOV: r[i->a] = r[i->b]; break;
        case ADD: r[i->a] = r[i->b] + r[i->c]; break;
        case ADDI: r[i->a] = r[i->b] + i->c; break;
        case ANDI: r[i->a] = r[i->b] & i->c; break;
        case SHRI: r[i->a] = (int)((unsigned)r[i->b] >> i->c); break;
        case MULI: r[i->a] = r[i->b] * i->c; break;
        case JZ: if (!r[i->a]) pc = i->b; break;
        case JNZ: if (r[i->a]) pc = i->b; break;
        case JEQ: if (r[i->a] == r[i->b]) pc = i->c; break;
        case JLT: if (r[i->a] < r[i->b]) pc = i->c; break;
        case JMP: pc = i->a; break;
        case HALT: return (int)steps;
        default: return -1;
        }
    }
}

/* r0 = N (input), r1 = i, r2 = n, r3 = steps of n, r4 = total, r5 = longest, r6 = scratch, r7 = 1 */
static const struct insn program[] = {
    /* 0 */ {LI, 1, 1, 0}, {LI, 4, 0, 0}, {LI, 5, 0, 0}, {LI, 7, 1, 0},
    /* 4: for (i = 1; i < N; i++) */
    /* 4 */ {JLT, 1, 0, 6}, {HALT, 0, 0, 0},
    /* 6 */ {MOV, 2, 1, 0}, {LI, 3, 0, 0},
    /* 8: while (n != 1) */
    /* 8 */ {JEQ, 2, 7, 17},
    /* 9 */ {ANDI, 6, 2, 1}, {JZ, 6, 14, 0},
    /* 11: odd: n = 3n + 1 */
    /* 11 */ {MULI, 2, 2, 3}, {ADDI, 2, 2, 1}, {JMP, 15, 0, 0},
    /* 14: even: n >>= 1 */
    /* 14 */ {SHRI, 2, 2, 1},
    /* 15 */ {ADDI, 3, 3, 1}, {JMP, 8, 0, 0},
    /* 17: total += steps; longest = max */
    /* 17 */ {ADD, 4, 4, 3}, {JLT, 3, 5, 20}, {MOV, 5, 3, 0},
    /* 20 */ {ADDI, 1, 1, 1}, {JMP, 4, 0, 0},
};

int main(int argc, char **argv)
{
    unsigned n = arg_scale(argc, argv, 100000);
    int r[8] = {(int)n};
    int steps = run(program, r);
    put_str("interp collatz 1..");
    put_uint(n);
    put_str(": total ");
    put_uint((unsigned)r[4]);
    put_str(", longest ");
    put_uint((unsigned)r[5]);
    put_str(", ");
    put_uint((unsigned)steps);
    put_str(" bytecodes\n");
    return 0;
}
