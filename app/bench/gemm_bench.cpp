// gemm_bench: float32 GEMM throughput of the backends Debian packages, on the engine's shapes.
//
//   gemm_bench <backend> <threads> [seconds-per-product]
//
// backend: eigen (the engine's gemmNN / gemmTN / gemmNT, one independent GEMM per thread: Eigen
// with MTL_GEMM=eigen in the environment, else large products on OpenBLAS when built with it),
// eigen-mt (Eigen's own threading), openblas-pthread, openblas-openmp, blis, dnnl, xsmm.
// The BLAS libraries are loaded with dlopen() from Debian's paths, one backend per process, so
// that libraries exporting the same symbols (OpenBLAS, BLIS) never meet; the program has no
// link-time dependency on them. libxsmm (a static library in Debian) is linked when CMake finds
// it. Prints one line per product: backend threads shape op m n k median-ms GFLOP/s, plus the
// kernel that ran (OpenBLAS core name, BLIS architecture). Interleave runs in a script (A, B, A, B)
// and compare medians; .ci/gemm-bench does that.
#include <dlfcn.h>
#include <omp.h>

#include <Eigen/Core>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include "nn/Linear.h"

#ifdef MTL_HAVE_XSMM
#include <libxsmm.h>
#endif

namespace {

using MatF = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic>;

// Column-major C (m x n) = op(A) op(B), op given by ta / tb ('N' or 'T').
using Gemm = std::function<void(char ta, char tb, int m, int n, int k, const float* A, int lda,
                                const float* B, int ldb, float* C, int ldc)>;

enum { ColMajor = 102, NoTrans = 111, Trans = 112 };  // CBLAS enum values
using CblasSgemm = void (*)(int, int, int, int, int, int, float, const float*, int, const float*,
                            int, float, float*, int);
using DnnlSgemm = int (*)(char, char, int64_t, int64_t, int64_t, float, const float*, int64_t,
                          const float*, int64_t, float, float*, int64_t);

void* openLib(const char* path) {
    // DEEPBIND: the library's own calls (BLIS's cblas_sgemm -> sgemm_) must not bind to libxsmm's
    // BLAS stubs linked into this program.
    void* h = dlopen(path, RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
    if (!h) {
        std::fprintf(stderr, "gemm_bench: cannot load %s: %s\n", path, dlerror());
        std::exit(2);
    }
    return h;
}

std::atomic<bool> noKernel{false};  // set by a backend that has no kernel for the product

template <typename F>
F sym(void* h, const char* name) {
    return reinterpret_cast<F>(dlsym(h, name));
}

struct Product {
    const char* shape;
    const char* op;  // NN: forward W X; NT: dW = dY X^T; TN: dX = W^T dY
    int out, in, batch;
};

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr,
                     "usage: gemm_bench eigen|eigen-mt|openblas-pthread|openblas-openmp|blis|dnnl|"
                     "xsmm <threads> [seconds]\n");
        return 2;
    }
    const std::string backend = argv[1];
    const int threads = std::atoi(argv[2]);
    const double seconds = argc > 3 ? std::atof(argv[3]) : 0.25;
    omp_set_num_threads(threads);
    Eigen::setNbThreads(1);
    std::string kernel = "-";
    Gemm gemm;

    if (backend == "eigen") {
        // The engine's functions; they take whole matrices, so the product's operands are mapped.
        gemm = nullptr;
    } else if (backend == "eigen-mt") {
        Eigen::setNbThreads(threads);
        gemm = nullptr;
    } else if (backend.rfind("openblas", 0) == 0 || backend == "blis") {
        const char* path = backend == "openblas-pthread"
                               ? "/usr/lib/x86_64-linux-gnu/openblas-pthread/libopenblas.so.0"
                           : backend == "openblas-openmp"
                               ? "/usr/lib/x86_64-linux-gnu/openblas-openmp/libopenblas.so.0"
                               : "/usr/lib/x86_64-linux-gnu/blis-openmp/libblis.so.4";
        void* h = openLib(path);
        auto sgemm = sym<CblasSgemm>(h, "cblas_sgemm");
        if (backend == "blis") {
            sym<void (*)(long)>(h, "bli_thread_set_num_threads")(threads);
            const int id = sym<int (*)()>(h, "bli_arch_query_id")();
            kernel = sym<const char* (*)(int)>(h, "bli_arch_string")(id);
        } else {
            sym<void (*)(int)>(h, "openblas_set_num_threads")(threads);
            kernel = sym<char* (*)()>(h, "openblas_get_corename")();
        }
        gemm = [sgemm](char ta, char tb, int m, int n, int k, const float* A, int lda,
                       const float* B, int ldb, float* C, int ldc) {
            sgemm(ColMajor, ta == 'T' ? Trans : NoTrans, tb == 'T' ? Trans : NoTrans, m, n, k, 1.f,
                  A, lda, B, ldb, 0.f, C, ldc);
        };
    } else if (backend == "dnnl") {
        void* h = openLib("libdnnl.so.2");
        auto sgemm = sym<DnnlSgemm>(h, "dnnl_sgemm");
        kernel = "jit (oneDNN)";
        // dnnl_sgemm is row-major: column-major C = op(A) op(B) is row-major C^T = op(B)^T op(A)^T.
        gemm = [sgemm](char ta, char tb, int m, int n, int k, const float* A, int lda,
                       const float* B, int ldb, float* C,
                       int ldc) { sgemm(tb, ta, n, m, k, 1.f, B, ldb, A, lda, 0.f, C, ldc); };
    } else if (backend == "xsmm") {
#ifdef MTL_HAVE_XSMM
        libxsmm_init();
        kernel = "jit (libxsmm " LIBXSMM_VERSION ")";
        // One JIT kernel per thread's share of the columns of C (the engine's split).
        gemm = [](char ta, char tb, int m, int n, int k, const float* A, int lda, const float* B,
                  int ldb, float* C, int ldc) {
            const int flags = (ta == 'T' ? LIBXSMM_GEMM_FLAG_TRANS_A : 0) |
                              (tb == 'T' ? LIBXSMM_GEMM_FLAG_TRANS_B : 0);
#pragma omp parallel
            {
                const int T = omp_get_num_threads(), t = omp_get_thread_num();
                const int c0 = n * t / T, c1 = n * (t + 1) / T;
                const libxsmm_blasint M = m, N = c1 - c0, K = k, la = lda, lb = ldb, lc = ldc;
                const float alpha = 1, beta = 0;
                libxsmm_smmfunction f =
                    libxsmm_smmdispatch(M, N, K, &la, &lb, &lc, &alpha, &beta, &flags, nullptr);
                if (!f) {
                    noKernel = true;  // libxsmm 1.17's JIT has no transposed-A kernel
                } else {
                    const float* Bp = tb == 'T' ? B + c0 : B + static_cast<long>(c0) * ldb;
                    f(A, Bp, C + static_cast<long>(c0) * ldc);
                }
            }
        };
#else
        std::fprintf(stderr, "gemm_bench: built without libxsmm\n");
        return 2;
#endif
    } else {
        std::fprintf(stderr, "gemm_bench: unknown backend %s\n", backend.c_str());
        return 2;
    }

    const std::vector<Product> products = {
        {"large-experts", "NN", 2048, 512, 1024},
        {"large-experts", "NT", 2048, 512, 1024},
        {"large-experts", "TN", 2048, 512, 1024},
        {"large-tower", "NN", 64, 256, 1024},
        {"large-tower", "NT", 64, 256, 1024},
        {"large-tower", "TN", 64, 256, 1024},
        {"large-sb-tower", "NN", 64, 2048, 1024},
        {"large-sb-tower", "NT", 64, 2048, 1024},
        {"large-sb-tower", "TN", 64, 2048, 1024},
        {"census-dense", "NN", 128, 499, 1024},
        {"census-dense", "NT", 128, 499, 1024},
        {"census-dense", "TN", 128, 499, 1024},
        // One share of a split training step (data-parallel, 2 threads: 512 examples each).
        {"large-sb-share", "NN", 2048, 512, 512},
        {"large-sb-share", "NT", 2048, 512, 512},
        {"large-sb-tower-share", "NN", 128, 2048, 512},
        {"large-sb-tower-share", "NT", 128, 2048, 512},
        {"large-sb-tower-share", "TN", 128, 2048, 512},
    };
    for (const Product& p : products) {
        const std::string op = p.op;
        MatF W = MatF::Random(p.out, p.in), X = MatF::Random(p.in, p.batch),
             dY = MatF::Random(p.out, p.batch);
        MatF C;
        int m, n, k;
        std::function<void()> run;
        if (op == "NN") {
            m = p.out, n = p.batch, k = p.in;
            C.resize(m, n);
            run = gemm                 ? std::function<void()>([&] {
                gemm('N', 'N', m, n, k, W.data(), p.out, X.data(), p.in, C.data(), m);
            })
                  : backend == "eigen" ? std::function<void()>([&] { mtl::gemmNN(W, X, C, false); })
                                       : std::function<void()>([&] { C.noalias() = W * X; });
        } else if (op == "NT") {
            m = p.out, n = p.in, k = p.batch;
            C.resize(m, n);
            run = gemm ? std::function<void()>([&] {
                gemm('N', 'T', m, n, k, dY.data(), p.out, X.data(), p.in, C.data(), m);
            })
                  : backend == "eigen"
                      ? std::function<void()>([&] { mtl::gemmNT(dY, X, C); })
                      : std::function<void()>([&] { C.noalias() = dY * X.transpose(); });
        } else {
            m = p.in, n = p.batch, k = p.out;
            C.resize(m, n);
            run = gemm ? std::function<void()>([&] {
                gemm('T', 'N', m, n, k, W.data(), p.out, dY.data(), p.out, C.data(), m);
            })
                  : backend == "eigen"
                      ? std::function<void()>([&] { mtl::gemmTN(W, dY, C, false); })
                      : std::function<void()>([&] { C.noalias() = W.transpose() * dY; });
        }
        // Check the product once against Eigen (catches a wrong transpose or leading dimension).
        noKernel = false;
        run();
        if (noKernel) {
            std::printf("%s %d %s %s %d %d %d n/a n/a err=n/a kernel=%s\n", backend.c_str(),
                        threads, p.shape, p.op, m, n, k, kernel.c_str());
            continue;
        }
        MatF ref = op == "NN"   ? MatF(W * X)
                   : op == "NT" ? MatF(dY * X.transpose())
                                : MatF(W.transpose() * dY);
        const double err =
            (C - ref).cwiseAbs().maxCoeff() / std::max(1.0f, ref.cwiseAbs().maxCoeff());
        using Clock = std::chrono::steady_clock;
        std::vector<double> times;
        const auto start = Clock::now();
        while (times.size() < 5 ||
               std::chrono::duration<double>(Clock::now() - start).count() < seconds) {
            const auto t0 = Clock::now();
            run();
            times.push_back(std::chrono::duration<double>(Clock::now() - t0).count());
        }
        std::nth_element(times.begin(), times.begin() + times.size() / 2, times.end());
        const double med = times[times.size() / 2];
        std::printf("%s %d %s %s %d %d %d %.4f %.1f err=%.1e kernel=%s\n", backend.c_str(), threads,
                    p.shape, p.op, m, n, k, med * 1e3, 2.0 * m * n * k / med * 1e-9, err,
                    kernel.c_str());
        std::fflush(stdout);
    }
    return 0;
}
