/* Globals in every data section gcc uses: .data, .bss, .rodata, .sdata, .sbss, .srodata,
 * static locals, const arrays, pointers initialised with addresses (data relocations),
 * and an explicit section attribute. */
#include "rt.h"

int small_init = 42;                 /* .sdata */
short small_short = -7;              /* .sdata */
char small_char = 'G';               /* .sdata */
int small_zero;                      /* .sbss */
static int static_small_zero;        /* .sbss (local) */
int big_init[16] = { 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987 }; /* .data */
int big_zero[64];                    /* .bss */
static char buffer[100];             /* .bss (local) */
const int primes[10] = { 2, 3, 5, 7, 11, 13, 17, 19, 23, 29 }; /* .rodata */
const unsigned short crc_table[8] = { 0x0000, 0x1021, 0x2042, 0x3063, 0x4084, 0x50a5, 0x60c6, 0x70e7 };
const int small_const = 0x5a5a;      /* .srodata */
const char tag[] = "TAG";            /* .srodata? */
int *ptr_to_big = &big_init[3];      /* .sdata with a relocation */
const int *const rom_ptrs[] = { &primes[0], &primes[9], &small_const }; /* .rodata with relocations */
int *table_of_ptrs[] = { &small_init, &small_zero, &big_zero[10], 0 };
int __attribute__((section(".data.custom"))) in_custom = 0x12345678;
struct pair { char c; int v; } pairs[3] = { { 'a', 1 }, { 'b', 2 }, { 'c', 3 } };
long long aligned_ll = 0x1122334455667788LL;
double not_used_but_present = 1.5;

static int counter(void)
{
    static int calls;          /* .sbss local */
    static int step = 3;       /* .sdata local */
    calls += step;
    step++;
    return calls;
}

int main(void)
{
    int sum = 0;
    for (int i = 0; i < 16; i++)
        sum += big_init[i];
    put_kv("fib sum", sum);
    for (int i = 0; i < 64; i++)
        big_zero[i] = i * primes[i % 10];
    put_kv("big_zero[63]", big_zero[63]);
    put_kv("*ptr_to_big", *ptr_to_big);
    ptr_to_big += 2;
    put_kv("*ptr_to_big+2", *ptr_to_big);
    for (int i = 0; i < 3; i++)
        put_kv("rom", *rom_ptrs[i]);
    *table_of_ptrs[1] = 99;
    *table_of_ptrs[2] = 77;
    put_kv("small_zero", small_zero);
    put_kv("big_zero[10]", big_zero[10]);
    put_kv("small_init", small_init);
    put_kv("small_short", small_short);
    put_kv("small_char", small_char);
    put_kv("static_small_zero", static_small_zero++);
    put_kv("static_small_zero", static_small_zero);
    put_kv("in_custom", in_custom);
    int crc = 0;
    for (int i = 0; i < 8; i++)
        crc ^= crc_table[i];
    put_kv("crc", crc);
    for (int i = 0; i < 3; i++) {
        buffer[i * 2] = pairs[i].c;
        buffer[i * 2 + 1] = (char)('0' + pairs[i].v);
    }
    put_str(buffer);
    put_nl();
    put_str(tag);
    put_nl();
    put_kv("aligned_ll hi", (int)(aligned_ll >> 32));
    int c = 0;
    for (int i = 0; i < 4; i++)
        c = counter();
    put_kv("counter", c);
    for (int i = 0; buffer[i]; i++)
        buffer[i] = 0;
    return small_const & 0xff;
}
