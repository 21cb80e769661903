/* Sorting: insertion sort, recursive quicksort, bottom-up merge sort and a heap sort,
 * on pseudo-random data from an LCG, with checksums and a binary search. */
#include "rt.h"

#define N 64

static int data[N];
static int work[N];
static int tmp[N];
static uint32_t seed = 12345;

static int next_rand(void)
{
    seed = seed * 1103515245u + 12345u;
    return (int)((seed >> 16) & 0x7fff) - 16384;
}

static void fill(int *a, int n)
{
    for (int i = 0; i < n; i++)
        a[i] = data[i];
}

static void insertion_sort(int *a, int n)
{
    for (int i = 1; i < n; i++) {
        int v = a[i], j = i - 1;
        while (j >= 0 && a[j] > v) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = v;
    }
}

static void quicksort(int *a, int lo, int hi)
{
    if (lo >= hi)
        return;
    int pivot = a[lo + (hi - lo) / 2], i = lo, j = hi;
    while (i <= j) {
        while (a[i] < pivot)
            i++;
        while (a[j] > pivot)
            j--;
        if (i <= j) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
            i++;
            j--;
        }
    }
    quicksort(a, lo, j);
    quicksort(a, i, hi);
}

static void merge_sort(int *a, int n)
{
    for (int width = 1; width < n; width *= 2) {
        for (int lo = 0; lo < n; lo += 2 * width) {
            int mid = lo + width < n ? lo + width : n;
            int hi = lo + 2 * width < n ? lo + 2 * width : n;
            int i = lo, j = mid, k = lo;
            while (i < mid && j < hi)
                tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
            while (i < mid)
                tmp[k++] = a[i++];
            while (j < hi)
                tmp[k++] = a[j++];
        }
        for (int i = 0; i < n; i++)
            a[i] = tmp[i];
    }
}

static void sift_down(int *a, int start, int end)
{
    int root = start;
    while (2 * root + 1 <= end) {
        int child = 2 * root + 1, sw = root;
        if (a[sw] < a[child])
            sw = child;
        if (child + 1 <= end && a[sw] < a[child + 1])
            sw = child + 1;
        if (sw == root)
            return;
        int t = a[root];
        a[root] = a[sw];
        a[sw] = t;
        root = sw;
    }
}

static void heap_sort(int *a, int n)
{
    for (int start = (n - 2) / 2; start >= 0; start--)
        sift_down(a, start, n - 1);
    for (int end = n - 1; end > 0; end--) {
        int t = a[end];
        a[end] = a[0];
        a[0] = t;
        sift_down(a, 0, end - 1);
    }
}

static int check(const char *name, const int *a, int n)
{
    unsigned sum = 0;
    int sorted = 1;
    for (int i = 0; i < n; i++) {
        sum = sum * 31 + (unsigned)a[i];
        if (i && a[i - 1] > a[i])
            sorted = 0;
    }
    put_str(name);
    put_str(sorted ? " sorted " : " NOT sorted ");
    put_hex(sum, 8);
    put_nl();
    return sorted;
}

static int bsearch_int(const int *a, int n, int key)
{
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = (lo + hi) >> 1;
        if (a[mid] == key)
            return mid;
        if (a[mid] < key)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return -1;
}

int main(void)
{
    for (int i = 0; i < N; i++)
        data[i] = next_rand();
    int ok = 0;
    fill(work, N);
    insertion_sort(work, N);
    ok += check("insertion", work, N);
    fill(work, N);
    quicksort(work, 0, N - 1);
    ok += check("quick", work, N);
    fill(work, N);
    merge_sort(work, N);
    ok += check("merge", work, N);
    fill(work, N);
    heap_sort(work, N);
    ok += check("heap", work, N);
    for (int i = 0; i < 8; i++) {
        put_int(work[i * 8]);
        put_char(i == 7 ? '\n' : ' ');
    }
    put_kv("find data[17]", bsearch_int(work, N, data[17]));
    put_kv("find 99999", bsearch_int(work, N, 99999));
    return ok;
}
