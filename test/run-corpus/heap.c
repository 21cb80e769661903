/* Heap through brk: the break's own semantics (brk(0), growth, refusal below the start,
 * shrinking), then a malloc'd linked list (built, reversed, filtered and freed), a binary
 * search tree of a few thousand keys, and reuse of freed blocks.
 */
#include "rt.h"

struct node {
    int value;
    struct node *next;
};

struct tree {
    unsigned key;
    unsigned count;
    struct tree *left, *right;
};

static uint32_t seed = 12345;
static uint32_t next_rand(void)
{
    seed = seed * 1103515245u + 12345u;
    return seed >> 8;
}

static struct tree *insert(struct tree *t, unsigned key)
{
    struct tree **link = &t, *root = t;
    while (*link) {
        if (key == (*link)->key) {
            (*link)->count++;
            return root;
        }
        link = key < (*link)->key ? &(*link)->left : &(*link)->right;
    }
    *link = malloc(sizeof(struct tree));
    (*link)->key = key;
    (*link)->count = 1;
    (*link)->left = (*link)->right = NULL;
    return root ? root : *link;
}

static unsigned height(struct tree *t)
{
    unsigned l, r;
    if (!t)
        return 0;
    l = height(t->left);
    r = height(t->right);
    return 1 + (l > r ? l : r);
}

static unsigned inorder_check;
static unsigned inorder_prev;
static int inorder_sorted = 1;
static unsigned walk(struct tree *t)
{
    unsigned n;
    if (!t)
        return 0;
    n = walk(t->left);
    if (n + inorder_prev && t->key <= inorder_prev)
        inorder_sorted = 0;
    inorder_prev = t->key;
    inorder_check = inorder_check * 33 + t->key * t->count;
    n += 1 + walk(t->right);
    return n;
}

static void free_tree(struct tree *t)
{
    if (!t)
        return;
    free_tree(t->left);
    free_tree(t->right);
    free(t);
}

int main(int argc, char **argv)
{
    uintptr_t start = rt_brk(0), b, again;
    struct node *list = NULL, *p, *prev, *nxt;
    struct tree *root = NULL;
    int i, n, sum;
    unsigned char *block;
    void *a1, *a2;
    (void)argc;
    (void)argv;

    /* brk itself (addresses are never printed: they differ between qemu and Tessera). */
    again = rt_brk(0);
    put_kv("brk(0) stable", again == start);
    b = rt_brk(start + 10000);
    put_kv("grow by 10000", b == start + 10000);
    put_kv("brk(0) after grow", rt_brk(0) == start + 10000);
    block = (unsigned char *)start;
    for (i = 0; i < 10000; i++)
        block[i] = (unsigned char)(i * 7);
    sum = 0;
    for (i = 0; i < 10000; i += 97)
        sum += block[i];
    put_kv("grown memory sum", sum);
    b = rt_brk(start - 4096);
    put_kv("below start refused", b == start + 10000);
    b = rt_brk(start + 5000);
    put_kv("shrink", b == start + 5000);
    put_kv("kept bytes", block[4999] == (unsigned char)(4999 * 7));
    b = rt_brk(start);
    put_kv("back to start", b == start);

    /* A linked list of 2000 nodes. */
    for (i = 1; i <= 2000; i++) {
        p = malloc(sizeof *p);
        if (!p) {
            put_str("malloc failed\n");
            return 99;
        }
        p->value = i * i % 1009;
        p->next = list;
        list = p;
    }
    sum = 0;
    n = 0;
    for (p = list; p; p = p->next) {
        sum += p->value;
        n++;
    }
    put_kv("list length", n);
    put_kv("list sum", sum);
    /* reverse */
    prev = NULL;
    for (p = list; p; p = nxt) {
        nxt = p->next;
        p->next = prev;
        prev = p;
    }
    list = prev;
    put_kv("first after reverse", list->value);
    /* drop odd values */
    n = 0;
    for (struct node **link = &list; *link;) {
        if ((*link)->value & 1) {
            struct node *dead = *link;
            *link = dead->next;
            free(dead);
            n++;
        } else {
            link = &(*link)->next;
        }
    }
    put_kv("removed odd", n);
    sum = 0;
    for (p = list; p; p = p->next)
        sum = sum * 3 + p->value;
    put_kv("even checksum", sum);

    /* Freed blocks come back before the heap grows. */
    b = rt_brk(0);
    a1 = malloc(8);
    a2 = malloc(8);
    put_kv("reused without growing", rt_brk(0) == b && a1 != a2);

    /* A tree of 3000 random keys (with duplicates). */
    for (i = 0; i < 3000; i++)
        root = insert(root, next_rand() % 5000);
    n = (int)walk(root);
    put_kv("tree nodes", n);
    put_kv("tree height", (int)height(root));
    put_kv("inorder sorted", inorder_sorted);
    put_kx("inorder check", inorder_check);
    free_tree(root);

    /* A large calloc'd block is zero. */
    block = calloc(100000, 1);
    sum = 0;
    for (i = 0; i < 100000; i++)
        sum |= block[i];
    put_kv("calloc zero", sum == 0);
    put_kv("heap bytes", (int)rt_heap_bytes);
    return 0;
}
