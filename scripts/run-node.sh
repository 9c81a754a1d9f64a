#!/bin/sh
# Runs node with the service's production memory settings, then the arguments given
# (node flags, then the script): `npm start`, `npm run start:prod` and the bench use it.
# What each setting saves is measured in bench/README.md; README "In production" lists them.
# A setting already in the environment wins.

# One malloc arena: the 19 MiB each argon2 hash needs is reused, not kept once per libuv thread.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-1}"

# Each hash buffer mapped on its own and given back when the hash ends, instead of a heap that
# keeps 20 MB of fragments around the buffers. Mapping costs page faults: only with transparent
# huge pages (2 MiB each) is that free, so only where the kernel offers them and glibc (2.35 and
# later) can ask for them; elsewhere the buffers stay in the heap.
thp_offered() {
  grep -q '\[always\]\|\[madvise\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null || return 1
  version=$(getconf GNU_LIBC_VERSION 2>/dev/null | sed -n 's/^glibc 2\.\([0-9]*\).*/\1/p')
  [ -n "$version" ] && [ "$version" -ge 35 ]
}
if [ -z "${MALLOC_MMAP_THRESHOLD_+set}" ] && thp_offered; then
  export MALLOC_MMAP_THRESHOLD_=4194304
  export GLIBC_TUNABLES="${GLIBC_TUNABLES:+$GLIBC_TUNABLES:}glibc.malloc.hugetlb=1"
fi

# V8's young generation at 8 MB instead of the 32 MB startup fills and keeps.
exec node --max-semi-space-size=4 "$@"
