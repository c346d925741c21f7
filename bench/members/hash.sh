# Sourced by the scripts that seed members with one known password (bench/members/visits.sh,
# cluster/test.sh). password_hash <password> <work directory>: prints one Argon2id hash of the
# password in the portal's format, made by the portal's own PasswordHasher (build the portal first).
# shellcheck shell=bash
password_hash() {
    local bcprov
    bcprov="$(find ~/.m2/repository/org/bouncycastle/bcprov-jdk18on -name 'bcprov-jdk18on-*.jar' | sort | tail -1)"
    cat > "$2/Hash.java" <<'EOF'
public class Hash {
    public static void main(String[] args) {
        System.out.print(new org.civicportal.account.PasswordHasher().hash(args[0]));
    }
}
EOF
    java -cp "portal-domain/target/classes:$bcprov" "$2/Hash.java" "$1"
}
