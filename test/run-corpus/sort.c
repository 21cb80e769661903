/* Sorting 4000 pseudo-random ints (negative ones included) three ways — quicksort
 * (Lomuto, recursive on the smaller half), top-down mergesort with a malloc'd buffer and an
 * insertion sort of a small slice — checking that all agree, plus a binary search and a
 * sorted-order checksum.
 */
#include "rt.h"

#define N 4000

static int data[N], a[N], b[N];

static uint32_t state = 0x9e3779b9u;
static uint32_t xorshift(void)
{
    uint32_t x = state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return state = x;
}

static unsigned compares;

static void swap(int *x, int *y)
{
    int t = *x;
    *x = *y;
    *y = t;
}

static void quicksort(int *v, int lo, int hi)
{
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2, pivot, i, j;
        /* median of three into v[hi] */
        if (v[mid] < v[lo])
            swap(&v[mid], &v[lo]);
        if (v[hi] < v[lo])
            swap(&v[hi], &v[lo]);
        if (v[mid] < v[hi])
            swap(&v[mid], &v[hi]);
        pivot = v[hi];
        i = lo;
        for (j = lo; j < hi; j++) {
            compares++;
            if (v[j] < pivot)
                swap(&v[i++], &v[j]);
        }
        swap(&v[i], &v[hi]);
        if (i - lo < hi - i) {
            quicksort(v, lo, i - 1);
            lo = i + 1;
        } else {
            quicksort(v, i + 1, hi);
            hi = i - 1;
        }
    }
}

static void merge_rec(int *v, int *tmp, int lo, int hi)
{
    int mid, i, j, k;
    if (hi - lo < 2)
        return;
    mid = lo + (hi - lo) / 2;
    merge_rec(v, tmp, lo, mid);
    merge_rec(v, tmp, mid, hi);
    i = lo;
    j = mid;
    k = lo;
    while (i < mid && j < hi) {
        compares++;
        tmp[k++] = v[j] < v[i] ? v[j++] : v[i++];
    }
    while (i < mid)
        tmp[k++] = v[i++];
    while (j < hi)
        tmp[k++] = v[j++];
    for (k = lo; k < hi; k++)
        v[k] = tmp[k];
}

static void insertion(int *v, int n)
{
    int i, j, x;
    for (i = 1; i < n; i++) {
        x = v[i];
        for (j = i - 1; j >= 0 && v[j] > x; j--)
            v[j + 1] = v[j];
        v[j + 1] = x;
    }
}

static int search(const int *v, int n, int key)
{
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = (lo + hi) >> 1;
        if (v[mid] == key)
            return mid;
        if (v[mid] < key)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return -1;
}

static unsigned checksum(const int *v, int n)
{
    unsigned h = 0;
    int i;
    for (i = 0; i < n; i++)
        h = (h ^ (unsigned)v[i]) * 16777619u;
    return h;
}

int main(int argc, char **argv)
{
    int i, sorted = 1, same = 1, found = 0;
    int *tmp;
    (void)argc;
    (void)argv;

    for (i = 0; i < N; i++) {
        data[i] = (int)(xorshift() % 200001u) - 100000;
        a[i] = b[i] = data[i];
    }
    put_kx("input checksum", checksum(data, N));

    quicksort(a, 0, N - 1);
    put_kv("quicksort compares", (int)compares);
    compares = 0;
    tmp = malloc(N * sizeof(int));
    merge_rec(b, tmp, 0, N);
    put_kv("mergesort compares", (int)compares);

    for (i = 0; i < N; i++) {
        if (i && a[i - 1] > a[i])
            sorted = 0;
        if (a[i] != b[i])
            same = 0;
    }
    put_kv("sorted", sorted);
    put_kv("quick == merge", same);
    put_kv("min", a[0]);
    put_kv("median", a[N / 2]);
    put_kv("max", a[N - 1]);
    put_kx("sorted checksum", checksum(a, N));

    insertion(data, 300);
    for (i = 1; i < 300; i++)
        if (data[i - 1] > data[i])
            sorted = 0;
    put_kv("insertion sorted", sorted);
    put_kx("insertion checksum", checksum(data, 300));

    for (i = 0; i < 300; i++)
        if (search(a, N, data[i]) >= 0)
            found++;
    put_kv("found", found);
    put_kv("search(12345)", search(a, N, 12345));
    return sorted && same ? 0 : 1;
}
