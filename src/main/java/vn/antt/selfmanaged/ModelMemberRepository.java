package vn.antt.selfmanaged;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ModelMemberRepository extends JpaRepository<ModelMember, Long> {

    List<ModelMember> findByModelIdOrderByPositionAscIdAsc(long modelId);

    int countByModelId(long modelId);
}
