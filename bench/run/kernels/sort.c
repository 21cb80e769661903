/* Sorting N xorshift words three ways — quicksort (median of three, insertion sort below 16),
 * bottom-up merge sort, heapsort — each checked against the others: compares, swaps, calls and
 * data-dependent branches. Prints a checksum of the sorted array. */
#include "rt.h"

#define MAX (1u << 20)
static uint32_t input[MAX], a[MAX], b[MAX], tmp[MAX];

static void insertion(uint32_t *v, int n)
{
    for (int i = 1; i < n; i++) {
        uint32_t x = v[i];
        int j = i - 1;
        while (j >= 0 && v[j] > x) {
            v[j + 1] = v[j];
            j--;
        }
        v[j + 1] = x;
    }
}

static void quicksort(uint32_t *v, int n)
{
    while (n > 16) {
        uint32_t x = v[0], y = v[n / 2], z = v[n - 1];
        uint32_t p = x < y ? (y < z ? y : (x < z ? z : x)) : (x < z ? x : (y < z ? z : y));
        int i = 0, j = n - 1;
        for (;;) {
            while (v[i] < p) i++;
            while (v[j] > p) j--;
            if (i >= j) break;
            uint32_t t = v[i]; v[i] = v[j]; v[j] = t;
            i++;
            j--;
        }
        /* Recurse into the smaller half, loop on the larger: stack depth stays logarithmic. */
        if (j + 1 < n - j - 1) {
            quicksort(v, j + 1);
            v += j + 1;
            n -= j + 1;
        } else {
            quicksort(v + j + 1, n - j - 1);
            n = j + 1;
        }
    }
    insertion(v, n);
}

static void mergesort(uint32_t *v, uint32_t *w, unsigned n)
{
    uint32_t *src = v, *dst = w;
    for (unsigned width = 1; width < n; width *= 2) {
        for (unsigned lo = 0; lo < n; lo += 2 * width) {
            unsigned mid = lo + width < n ? lo + width : n;
            unsigned hi = lo + 2 * width < n ? lo + 2 * width : n;
            unsigned i = lo, j = mid, k = lo;
            while (i < mid && j < hi) dst[k++] = src[i] <= src[j] ? src[i++] : src[j++];
            while (i < mid) dst[k++] = src[i++];
            while (j < hi) dst[k++] = src[j++];
        }
        uint32_t *t = src; src = dst; dst = t;
    }
    if (src != v) memcpy(v, src, n * 4);
}

static void sift(uint32_t *v, unsigned root, unsigned n)
{
    uint32_t x = v[root];
    for (;;) {
        unsigned c = 2 * root + 1;
        if (c >= n) break;
        if (c + 1 < n && v[c + 1] > v[c]) c++;
        if (v[c] <= x) break;
        v[root] = v[c];
        root = c;
    }
    v[root] = x;
}

static void heapsort(uint32_t *v, unsigned n)
{
    for (unsigned i = n / 2; i-- > 0;) sift(v, i, n);
    for (unsigned end = n; end-- > 1;) {
        uint32_t t = v[0]; v[0] = v[end]; v[end] = t;
        sift(v, 0, end);
    }
}

int main(int argc, char **argv)
{
    unsigned n = arg_scale(argc, argv, 200000);
    if (n > MAX) n = MAX;
    for (unsigned i = 0; i < n; i++) input[i] = rng();
    memcpy(a, input, n * 4);
    quicksort(a, (int)n);
    memcpy(b, input, n * 4);
    mergesort(b, tmp, n);
    unsigned bad = 0;
    for (unsigned i = 0; i < n; i++) bad += a[i] != b[i];
    memcpy(b, input, n * 4);
    heapsort(b, n);
    for (unsigned i = 0; i < n; i++) bad += a[i] != b[i];
    for (unsigned i = 1; i < n; i++) bad += a[i - 1] > a[i];
    uint32_t sum = 0;
    for (unsigned i = 0; i < n; i++) sum = sum * 31 + a[i];
    put_str("sort ");
    put_uint(n);
    put_str(" words: checksum ");
    put_hex(sum);
    put_str(bad ? " MISMATCH\n" : " ok\n");
    return bad ? 1 : 0;
}
