package vn.antt.selfmanaged.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import vn.antt.selfmanaged.ModelMember;

public interface ModelMemberRepository extends JpaRepository<ModelMember, Long> {

    List<ModelMember> findByModelIdOrderByPositionAscIdAsc(long modelId);

    int countByModelId(long modelId);
}
