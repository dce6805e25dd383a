# Stand-in for gcr.io/distroless/{static,base,cc}-debian12: no shell, no package manager; passwd with
# root, nobody and nonroot (65532), CA certificates, time zones; `base` adds glibc and OpenSSL; `cc`
# adds to base the C++ and GCC runtime libraries (libgcc_s, libstdc++, libgomp) Rust and C++ programs load.
ARG BASE
FROM ${BASE} AS files
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates tzdata libssl3 libgcc-s1 libstdc++6 libgomp1 \
 && rm -rf /var/lib/apt/lists/*
ARG FLAVOR=static
RUN set -e; out=/out; mkdir -p $out/etc/ssl/certs $out/usr/share $out/tmp $out/home/nonroot $out/root $out/var/lib/dpkg; \
    chmod 1777 $out/tmp; chown 65532:65532 $out/home/nonroot; chmod 700 $out/root; \
    printf 'root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' > $out/etc/passwd; \
    printf 'root:x:0:\nnobody:x:65534:\ntty:x:5:\nstaff:x:50:\nnonroot:x:65532:\n' > $out/etc/group; \
    cp /etc/ssl/certs/ca-certificates.crt $out/etc/ssl/certs/; cp -a /usr/share/zoneinfo $out/usr/share/; \
    cp /etc/os-release $out/etc/os-release; \
    if [ "$FLAVOR" = base ] || [ "$FLAVOR" = cc ]; then \
      mkdir -p $out/lib/x86_64-linux-gnu $out/lib64 $out/usr/lib/x86_64-linux-gnu; \
      for f in /lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 /lib/x86_64-linux-gnu/libc.so.6 /lib/x86_64-linux-gnu/libm.so.6 \
               /lib/x86_64-linux-gnu/libpthread.so.0 /lib/x86_64-linux-gnu/libdl.so.2 /lib/x86_64-linux-gnu/librt.so.1 \
               /lib/x86_64-linux-gnu/libresolv.so.2 /lib/x86_64-linux-gnu/libnss_dns.so.2 /lib/x86_64-linux-gnu/libnss_files.so.2; do \
        cp -L $f $out$f; done; \
      cp -L /usr/lib/x86_64-linux-gnu/libssl.so.3 /usr/lib/x86_64-linux-gnu/libcrypto.so.3 $out/usr/lib/x86_64-linux-gnu/; \
      ln -s /lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 $out/lib64/ld-linux-x86-64.so.2; \
    fi; \
    if [ "$FLAVOR" = cc ]; then \
      cp -L /usr/lib/x86_64-linux-gnu/libgcc_s.so.1 /usr/lib/x86_64-linux-gnu/libstdc++.so.6 \
            /usr/lib/x86_64-linux-gnu/libgomp.so.1 $out/usr/lib/x86_64-linux-gnu/; \
    fi
FROM scratch
COPY --from=files /out/ /
ARG USER_ID=0
ARG HOME_DIR=/
USER ${USER_ID}
WORKDIR ${HOME_DIR}
ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt
